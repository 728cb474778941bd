package cn.gov.jiangmen.subsidy.batch;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BatchRepository {

	record Scope(String kind, String scope, String openBatchId, int openedCount) {
	}

	record Member(String applicationId, String processInstanceId, String enterpriseName, String creditCode,
			String district, BigDecimal total) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	BatchRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Locks the scope row: opening, joining and closing a batch of one scope happen one at a time. */
	Scope lockScope(BatchKind kind, String scope) {
		return jdbc.sql("SELECT * FROM app_batch_scope WHERE kind = :kind AND scope = :scope FOR UPDATE")
			.param("kind", kind.name())
			.param("scope", scope)
			.query((rs, n) -> new Scope(rs.getString("kind"), rs.getString("scope"), rs.getString("open_batch_id"),
					rs.getInt("opened_count")))
			.optional()
			.orElseThrow(() -> new IllegalStateException("no batch scope " + kind + "/" + scope));
	}

	void open(BatchKind kind, String scope, String batchId, int openedCount) {
		jdbc.sql("INSERT INTO app_batch (id, kind, scope, status, opened_at) VALUES (:id, :kind, :scope, 'OPEN', :at)")
			.param("id", batchId)
			.param("kind", kind.name())
			.param("scope", scope)
			.param("at", OffsetDateTime.now(clock))
			.update();
		jdbc.sql("UPDATE app_batch_scope SET open_batch_id = :id, opened_count = :count WHERE kind = :kind AND scope = :scope")
			.param("id", batchId)
			.param("count", openedCount)
			.param("kind", kind.name())
			.param("scope", scope)
			.update();
	}

	void setProcessInstance(String batchId, String processInstanceId) {
		jdbc.sql("UPDATE app_batch SET process_instance_id = :pi WHERE id = :id")
			.param("pi", processInstanceId)
			.param("id", batchId)
			.update();
	}

	Optional<String> processInstanceOf(String batchId) {
		return jdbc.sql("SELECT process_instance_id FROM app_batch WHERE id = :id")
			.param("id", batchId)
			.query(String.class)
			.optional();
	}

	void join(String batchId, String applicationId) {
		jdbc.sql("INSERT INTO app_batch_member (batch_id, application_id, joined_at) VALUES (:b, :a, :at)")
			.param("b", batchId)
			.param("a", applicationId)
			.param("at", OffsetDateTime.now(clock))
			.update();
	}

	Optional<Batch> ofProcessInstance(String processInstanceId) {
		return jdbc.sql("SELECT * FROM app_batch WHERE process_instance_id = :pi")
			.param("pi", processInstanceId)
			.query((rs, n) -> new Batch(rs.getString("id"), BatchKind.valueOf(rs.getString("kind")),
					rs.getString("scope"), rs.getString("status"), rs.getString("closed_by")))
			.optional();
	}

	/** OPEN → CLOSED, once: false if the batch is not open. */
	boolean close(BatchKind kind, String scope, String batchId, String actor) {
		int closed = jdbc.sql("""
				UPDATE app_batch SET status = 'CLOSED', closed_at = :at, closed_by = :by
				WHERE id = :id AND status = 'OPEN'""")
			.param("at", OffsetDateTime.now(clock))
			.param("by", actor)
			.param("id", batchId)
			.update();
		if (closed == 0) {
			return false;
		}
		jdbc.sql("""
				UPDATE app_batch_scope SET open_batch_id = NULL
				WHERE kind = :kind AND scope = :scope AND open_batch_id = :id""")
			.param("kind", kind.name())
			.param("scope", scope)
			.param("id", batchId)
			.update();
		return true;
	}

	/** CLOSED → DONE, once: false if no officer has closed it, or it is done already. */
	boolean markDone(String batchId) {
		return jdbc.sql("UPDATE app_batch SET status = 'DONE' WHERE id = :id AND status = 'CLOSED'")
			.param("id", batchId)
			.update() == 1;
	}

	List<Member> members(String batchId) {
		return jdbc.sql("""
				SELECT a.id, a.process_instance_id, a.enterprise_name, a.credit_code, a.district, a.total
				FROM app_batch_member m JOIN app_application a ON a.id = m.application_id
				WHERE m.batch_id = :id ORDER BY a.id""")
			.param("id", batchId)
			.query((rs, n) -> new Member(rs.getString("id"), rs.getString("process_instance_id"),
					rs.getString("enterprise_name"),
					rs.getString("credit_code"), rs.getString("district"), rs.getBigDecimal("total")))
			.list();
	}

}
