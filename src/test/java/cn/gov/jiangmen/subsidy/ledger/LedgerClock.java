package cn.gov.jiangmen.subsidy.ledger;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The ledger tests' today: 2027-01-15 in China, after every item of the policy period. */
@TestConfiguration(proxyBeanMethods = false)
class LedgerClock {

	static final ZonedDateTime NOW = ZonedDateTime.of(2027, 1, 15, 9, 0, 0, 0, java.time.ZoneId.of("Asia/Shanghai"));

	@Bean
	Clock clock() {
		return Clock.fixed(NOW.toInstant(), ZoneOffset.UTC);
	}
}
