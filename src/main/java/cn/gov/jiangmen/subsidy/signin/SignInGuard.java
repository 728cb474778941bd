package cn.gov.jiangmen.subsidy.signin;

import java.time.Duration;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.gov.jiangmen.subsidy.signin.SignInAudit.Outcome;

/**
 * One gate for every door to the engine's accounts (the portal, Camunda's webapps, HTTP Basic on
 * the REST APIs): asks the throttle whether an attempt may be checked at all, and puts every
 * outcome on the audit record.
 */
@Component
public class SignInGuard {

	/** A REST client authenticates on every call: its success is recorded once per address in this time, not per call. */
	private static final Duration REST_SUCCESS_RECORDED_EVERY = Duration.ofMinutes(10);

	private final SignInThrottle throttle;
	private final SignInAudit audit;
	private final IdentityService identity;
	private final Cache<String, Boolean> recentRestSuccesses = Caffeine.newBuilder()
		.expireAfterWrite(REST_SUCCESS_RECORDED_EVERY)
		.maximumSize(100_000)
		.build();

	SignInGuard(SignInThrottle throttle, SignInAudit audit, IdentityService identity) {
		this.throttle = throttle;
		this.audit = audit;
		this.identity = identity;
	}

	/** The wait before this attempt may be checked, if it must wait; the refused attempt is recorded. */
	public Optional<Duration> mustWait(String userId, String address, Door door) {
		Optional<Duration> wait = throttle.waitBefore(userId, address, neverLocked(userId));
		wait.ifPresent(w -> audit.record(userId, address, door, Outcome.THROTTLED));
		return wait;
	}

	public void failed(String userId, String address, Door door) {
		throttle.failed(userId, address, neverLocked(userId));
		audit.record(userId, address, door, Outcome.FAILED);
	}

	public void succeeded(String userId, String address, Door door) {
		throttle.succeeded(userId);
		if (door == Door.REST && recentRestSuccesses.asMap().putIfAbsent(userId + "@" + address, Boolean.TRUE) != null) {
			return;
		}
		audit.record(userId, address, door, Outcome.SUCCEEDED);
	}

	/** The Chinese sentence a user reads when an attempt must wait. */
	public static String waitMessage(Duration wait) {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		if (seconds < 120) {
			return "登录失败次数过多，请 " + seconds + " 秒后再试。";
		}
		return "登录失败次数过多，请 " + ((seconds + 59) / 60) + " 分钟后再试。";
	}

	/** Seconds for a Retry-After header, rounded up. */
	public static long retryAfterSeconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	/**
	 * The administrators: a stranger's failures never slow their account down (only the
	 * stranger's address), so nobody outside can keep the admin from signing in.
	 */
	private boolean neverLocked(String userId) {
		if (userId == null || userId.isBlank()) {
			return false;
		}
		return identity.createGroupQuery().groupMember(userId.strip()).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
	}

}
