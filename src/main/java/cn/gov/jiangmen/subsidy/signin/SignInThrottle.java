package cn.gov.jiangmen.subsidy.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Failed sign-ins slow down the next attempt from the same address and for the same account, with
 * delays that double and expire. Nothing here locks anybody out for good: the engine's own
 * lockout (permanent after ten failures) let any stranger who knew a user id shut that user out on
 * deadline day, so it is switched off and this takes its place.
 * <p>
 * An account marked as never locked (the administrator) is throttled by address only: a stranger
 * slows down their own address, never the account.
 */
final class SignInThrottle {

	record Rule(int freeFailures, Duration firstDelay, Duration longestDelay) {

		Rule {
			if (freeFailures < 1 || firstDelay.isNegative() || longestDelay.compareTo(firstDelay) < 0) {
				throw new IllegalArgumentException("A throttle rule needs free failures ≥ 1 and first delay ≤ longest");
			}
		}

		/** The wait after {@code failures} failures: none for the free ones, then doubling up to the longest. */
		Duration delayAfter(int failures) {
			if (failures < freeFailures) {
				return Duration.ZERO;
			}
			int doublings = Math.min(failures - freeFailures, 30);
			Duration delay = firstDelay.multipliedBy(1L << doublings);
			return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
		}

	}

	record Settings(Rule perAddress, Rule perAccount, Duration forgetAfter) {
	}

	private record Failures(int count, Instant last) {

		Failures next(Instant now) {
			return new Failures(count + 1, now);
		}

	}

	private final Settings settings;
	private final Clock clock;
	private final Cache<String, Failures> byAddress;
	private final Cache<String, Failures> byAccount;

	SignInThrottle(Settings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		Ticker ticker = () -> clock.millis() * 1_000_000L;
		this.byAddress = Caffeine.newBuilder().expireAfterWrite(settings.forgetAfter()).ticker(ticker)
			.maximumSize(200_000).build();
		this.byAccount = Caffeine.newBuilder().expireAfterWrite(settings.forgetAfter()).ticker(ticker)
			.maximumSize(200_000).build();
	}

	/** How long this attempt must wait, if at all; an attempt that must wait is not checked at all. */
	Optional<Duration> waitBefore(String account, String address, boolean accountNeverLocked) {
		Duration wait = remaining(byAddress.getIfPresent(address), settings.perAddress());
		if (!accountNeverLocked) {
			Duration accountWait = remaining(byAccount.getIfPresent(key(account)), settings.perAccount());
			wait = accountWait.compareTo(wait) > 0 ? accountWait : wait;
		}
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	void failed(String account, String address, boolean accountNeverLocked) {
		Instant now = clock.instant();
		byAddress.asMap().compute(address, (k, failures) -> failures == null ? new Failures(1, now) : failures.next(now));
		if (!accountNeverLocked) {
			byAccount.asMap().compute(key(account),
					(k, failures) -> failures == null ? new Failures(1, now) : failures.next(now));
		}
	}

	/** The right password ends the account's slow-down; the address keeps its count (one good account must not clear a guesser's address). */
	void succeeded(String account) {
		byAccount.invalidate(key(account));
	}

	private Duration remaining(Failures failures, Rule rule) {
		Duration delay = failures == null ? Duration.ZERO : rule.delayAfter(failures.count());
		if (delay.isZero()) {
			return Duration.ZERO;
		}
		Instant until = failures.last().plus(delay);
		Duration left = Duration.between(clock.instant(), until);
		return left.isNegative() ? Duration.ZERO : left.compareTo(delay) > 0 ? delay : left;
	}

	/** User ids are compared as the engine compares them at sign-in. */
	private static String key(String account) {
		return account == null ? "" : account.strip();
	}

}
