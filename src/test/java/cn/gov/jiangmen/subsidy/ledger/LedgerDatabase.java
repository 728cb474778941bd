package cn.gov.jiangmen.subsidy.ledger;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database ledger tests run against: an in-memory H2 by default, or the PostgreSQL given as
 * {@code -Dledger.test.jdbc-url=jdbc:postgresql://…} with {@code ledger.test.username/password}.
 */
final class LedgerDatabase {

	private LedgerDatabase() {
	}

	static void register(DynamicPropertyRegistry registry, String name) {
		String url = System.getProperty("ledger.test.jdbc-url");
		if (url == null) {
			// H2 waits 1 s for a row lock by default; sixteen assessments queue for longer than that.
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000");
			registry.add("spring.datasource.username", () -> "sa");
			registry.add("spring.datasource.password", () -> "");
		}
		else {
			registry.add("spring.datasource.url", () -> url);
			registry.add("spring.datasource.username", () -> System.getProperty("ledger.test.username", "postgres"));
			registry.add("spring.datasource.password", () -> System.getProperty("ledger.test.password", ""));
		}
		registry.add("spring.flyway.enabled", () -> "true");
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "20");
	}
}
