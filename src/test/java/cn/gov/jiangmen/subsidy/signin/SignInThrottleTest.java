package cn.gov.jiangmen.subsidy.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

	/** A clock the test moves by hand. */
	static final class HandClock extends Clock {

		Instant now = Instant.parse("2026-12-31T09:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	final HandClock clock = new HandClock();

	// 5 free failures per address, 3 per account; waits from 2 s doubling to 60 s (address), 20 s (account).
	final SignInThrottle throttle = new SignInThrottle(
			new SignInThrottle.Settings(new SignInThrottle.Rule(5, Duration.ofSeconds(2), Duration.ofSeconds(60)),
					new SignInThrottle.Rule(3, Duration.ofSeconds(2), Duration.ofSeconds(20)), Duration.ofMinutes(15)),
			clock);

	@Test
	void after_the_free_failures_from_one_address_the_next_attempt_waits_and_the_wait_doubles() {
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.waitBefore("user-" + i, "10.0.0.1", false)).isEmpty();
			throttle.failed("user-" + i, "10.0.0.1", false);
		}
		assertThat(throttle.waitBefore("someone-else", "10.0.0.1", false)).contains(Duration.ofSeconds(2));

		clock.advance(Duration.ofSeconds(2));
		assertThat(throttle.waitBefore("someone-else", "10.0.0.1", false)).isEmpty();
		throttle.failed("someone-else", "10.0.0.1", false);
		assertThat(throttle.waitBefore("someone-else", "10.0.0.1", false)).contains(Duration.ofSeconds(4));
	}

	@Test
	void another_address_can_still_sign_in_while_one_address_waits() {
		for (int i = 0; i < 8; i++) {
			throttle.failed("user-" + i, "10.0.0.1", false);
		}
		assertThat(throttle.waitBefore("user-9", "10.0.0.1", false)).isPresent();
		assertThat(throttle.waitBefore("user-9", "10.0.0.2", false)).isEmpty();
	}

	@Test
	void an_account_guessed_from_many_addresses_waits_but_never_longer_than_its_longest_delay() {
		for (int i = 0; i < 20; i++) {
			throttle.failed("jianghai-officer", "10.0.1." + i, false);
		}
		assertThat(throttle.waitBefore("jianghai-officer", "192.168.1.1", false)).contains(Duration.ofSeconds(20));
		assertThat(throttle.waitBefore("xinhui-officer", "192.168.1.1", false)).isEmpty();
	}

	@Test
	void the_admin_is_never_slowed_down_by_failures_from_elsewhere() {
		for (int i = 0; i < 50; i++) {
			throttle.failed("admin", "10.0.2." + i, true);
		}
		assertThat(throttle.waitBefore("admin", "10.9.9.9", true)).isEmpty();
		// The guesser's own address is slowed down all the same.
		for (int i = 0; i < 10; i++) {
			throttle.failed("admin", "10.0.3.1", true);
		}
		assertThat(throttle.waitBefore("admin", "10.0.3.1", true)).isPresent();
	}

	@Test
	void a_wait_expires_by_itself_and_the_failures_are_forgotten_after_a_quiet_quarter_hour() {
		for (int i = 0; i < 30; i++) {
			throttle.failed("pengjiang-officer", "10.0.0.7", false);
		}
		assertThat(throttle.waitBefore("pengjiang-officer", "10.0.0.7", false)).contains(Duration.ofSeconds(60));
		clock.advance(Duration.ofSeconds(60));
		assertThat(throttle.waitBefore("pengjiang-officer", "10.0.0.7", false)).isEmpty();

		clock.advance(Duration.ofMinutes(15));
		throttle.failed("pengjiang-officer", "10.0.0.7", false);
		assertThat(throttle.waitBefore("pengjiang-officer", "10.0.0.7", false))
			.as("one failure after the record was forgotten is a first failure again")
			.isEmpty();
	}

	@Test
	void the_right_password_ends_the_account_wait_but_not_the_address_count() {
		for (int i = 0; i < 3; i++) {
			throttle.failed("city-officer", "10.0.0.8", false);
		}
		assertThat(throttle.waitBefore("city-officer", "10.0.0.9", false)).isPresent();
		clock.advance(Duration.ofSeconds(2));
		throttle.succeeded("city-officer");
		throttle.failed("city-officer", "10.0.0.8", false);
		assertThat(throttle.waitBefore("city-officer", "10.0.0.9", false)).isEmpty();
	}

	@Test
	void a_clock_set_back_never_makes_a_wait_longer_than_its_delay() {
		throttle.failed("city-finance", "10.0.0.10", false);
		clock.advance(Duration.ofDays(-300));
		assertThat(throttle.waitBefore("city-finance", "10.0.0.10", false)).as("a free failure").isEmpty();
		for (int i = 0; i < 5; i++) {
			throttle.failed("city-finance", "10.0.0.10", false);
		}
		clock.advance(Duration.ofDays(-300));
		assertThat(throttle.waitBefore("city-finance", "10.0.0.10", false)).hasValueSatisfying(
				wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(20)));
	}

	@Test
	void the_wait_is_said_in_chinese_in_seconds_or_minutes() {
		assertThat(SignInGuard.waitMessage(Duration.ofMillis(1500))).isEqualTo("登录失败次数过多，请 2 秒后再试。");
		assertThat(SignInGuard.waitMessage(Duration.ofMinutes(5))).isEqualTo("登录失败次数过多，请 5 分钟后再试。");
	}

}
