package cn.gov.jiangmen.subsidy.ledger;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database lock per enterprise, held until the surrounding transaction ends. The row is created
 * on first use; two transactions creating it at once are told apart by the primary key, and the
 * loser's failed insert is undone to a savepoint (PostgreSQL would otherwise abort the whole
 * transaction), after which it waits for the row like everyone else.
 */
@Component
class EnterpriseLock {

	private static final String LOCK = "SELECT credit_code FROM enterprise_lock WHERE credit_code = ? FOR UPDATE";

	private final JdbcTemplate jdbc;
	private final TransactionTemplate savepoint;

	EnterpriseLock(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** Must run inside a transaction; blocks while another transaction holds the same enterprise. */
	void lock(String creditCode) {
		if (!jdbc.queryForList(LOCK, String.class, creditCode).isEmpty()) {
			return;
		}
		try {
			savepoint.executeWithoutResult(
					status -> jdbc.update("INSERT INTO enterprise_lock (credit_code) VALUES (?)", creditCode));
		}
		catch (DuplicateKeyException createdByAnotherTransaction) {
			// the other transaction committed the row first: lock it below
		}
		if (jdbc.queryForList(LOCK, String.class, creditCode).isEmpty()) {
			throw new IllegalStateException("enterprise lock row for " + creditCode + " is missing");
		}
	}
}
