package cn.gov.jiangmen.subsidy.application;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ApplicationRepository {

	private final JdbcClient jdbc;
	private final Clock clock;

	ApplicationRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A readable, gap-tolerant number such as JM-2026-000123, shown in Tasklist and Cockpit. */
	String nextApplicationNumber(int year) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO app_application_number (issued_at) VALUES (:at)")
			.param("at", now())
			.update(keys, "seq");
		Number seq = (Number) keys.getKeys().get(keys.getKeys().containsKey("seq") ? "seq" : "SEQ");
		return "JM-%d-%06d".formatted(year, seq.longValue());
	}

	void insert(ApplicationRecord a) {
		jdbc.sql("""
				INSERT INTO app_application (id, credit_code, enterprise_name, district, trade_record_since_2024,
				  status, process_instance_id, policy_id, request_json, assessment_json, total, submitted_by,
				  submitted_at, updated_at)
				VALUES (:id, :creditCode, :name, :district, :trade, :status, NULL, :policy, :request, NULL, :total,
				  :by, :at, :at)""")
			.param("id", a.id())
			.param("creditCode", a.creditCode())
			.param("name", a.enterpriseName())
			.param("district", a.district())
			.param("trade", a.tradeRecordSince2024())
			.param("status", a.status().name())
			.param("policy", a.policyId())
			.param("request", a.requestJson())
			.param("total", a.total())
			.param("by", a.submittedBy())
			.param("at", a.submittedAt())
			.update();
	}

	void setProcessInstance(String id, String processInstanceId) {
		update("UPDATE app_application SET process_instance_id = :v, updated_at = :at WHERE id = :id", id,
				processInstanceId);
	}

	Optional<String> idOfProcessInstance(String processInstanceId) {
		return jdbc.sql("SELECT id FROM app_application WHERE process_instance_id = :pi")
			.param("pi", processInstanceId)
			.query(String.class)
			.optional();
	}

	/** Links a new application to its process instance: only a row that has no instance yet. */
	boolean linkProcessInstance(String id, String processInstanceId) {
		return jdbc.sql("""
				UPDATE app_application SET process_instance_id = :pi, updated_at = :at
				WHERE id = :id AND process_instance_id IS NULL""")
			.param("pi", processInstanceId)
			.param("at", now())
			.param("id", id)
			.update() == 1;
	}

	void setStatus(String id, ApplicationStatus status) {
		update("UPDATE app_application SET status = :v, updated_at = :at WHERE id = :id", id, status.name());
	}

	/**
	 * A corrected request, with the 第二条 trade record the views read beside it as now declared (the
	 * assessment reads the request itself).
	 */
	void setRequest(String id, String requestJson, boolean tradeRecordSince2024) {
		jdbc.sql("""
				UPDATE app_application SET request_json = :v, trade_record_since_2024 = :trade, updated_at = :at
				WHERE id = :id""")
			.param("v", requestJson)
			.param("trade", tradeRecordSince2024)
			.param("at", now())
			.param("id", id)
			.update();
	}

	void setAssessment(String id, String policyId, String assessmentJson, BigDecimal total) {
		jdbc.sql("""
				UPDATE app_application SET policy_id = :policy, assessment_json = :json, total = :total,
				  updated_at = :at WHERE id = :id""")
			.param("policy", policyId)
			.param("json", assessmentJson)
			.param("total", total)
			.param("at", now())
			.param("id", id)
			.update();
		// every assessment is kept, with the claim it was made on (V20)
		jdbc.sql("""
				INSERT INTO app_application_version (application_id, version, request_json, assessment_json, policy_id,
				  total, assessed_at)
				SELECT id, COALESCE((SELECT MAX(version) FROM app_application_version WHERE application_id = :id), 0) + 1,
				  request_json, assessment_json, policy_id, total, updated_at
				FROM app_application WHERE id = :id""")
			.param("id", id)
			.update();
	}

	void setCall(String id, long callId) {
		jdbc.sql("UPDATE app_application SET call_id = :call WHERE id = :id").param("call", callId).param("id", id).update();
	}

	Optional<Long> callOf(String id) {
		return jdbc.sql("SELECT call_id FROM app_application WHERE id = :id AND call_id IS NOT NULL")
			.param("id", id)
			.query(Long.class)
			.optional();
	}

	/**
	 * One page of the applications a reader may see, newest first: those of {@code creditCode}, of
	 * the {@code districts}, or all of them ({@code everything}); optionally of one status.
	 */
	ApplicationPage page(Visibility visibility, ApplicationStatus status, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE (");
		Map<String, Object> params = new HashMap<>();
		if (visibility.everything()) {
			where.append("1 = 1");
		}
		else {
			List<String> clauses = new ArrayList<>();
			if (visibility.creditCode() != null) {
				clauses.add("credit_code = :creditCode");
				params.put("creditCode", visibility.creditCode());
			}
			if (!visibility.districts().isEmpty()) {
				clauses.add("district IN (:districts)");
				params.put("districts", visibility.districts());
			}
			where.append(clauses.isEmpty() ? "1 = 0" : String.join(" OR ", clauses));
		}
		where.append(")");
		if (status != null) {
			where.append(" AND status = :status");
			params.put("status", status.name());
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM app_application" + where).params(params).query(Long.class).single();
		List<ApplicationRecord> rows = jdbc
			.sql("SELECT * FROM app_application" + where + " ORDER BY submitted_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(this::map)
			.list();
		return new ApplicationPage(rows, total);
	}

	/** Who sees what in a list: everything, or an enterprise's and some districts' applications. */
	record Visibility(boolean everything, String creditCode, List<String> districts) {
	}

	record ApplicationPage(List<ApplicationRecord> rows, long total) {
	}

	Optional<ApplicationRecord> find(String id) {
		return jdbc.sql("SELECT * FROM app_application WHERE id = :id").param("id", id).query(this::map).optional();
	}

	/** Locks the row: status changes of one application never interleave. */
	Optional<ApplicationRecord> findForUpdate(String id) {
		return jdbc.sql("SELECT * FROM app_application WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	void addEvent(String applicationId, String step, String actor, String comment) {
		jdbc.sql("""
				INSERT INTO app_application_event (application_id, at, step, actor, comment, version)
				VALUES (:id, :at, :step, :actor, :comment,
				  (SELECT MAX(version) FROM app_application_version WHERE application_id = :id))""")
			.param("id", applicationId)
			.param("at", now())
			.param("step", step)
			.param("actor", actor)
			.param("comment", comment)
			.update();
	}

	List<ApplicationEvent> events(String applicationId) {
		return jdbc.sql("SELECT at, step, actor, comment FROM app_application_event WHERE application_id = :id ORDER BY id")
			.param("id", applicationId)
			.query((rs, n) -> new ApplicationEvent(rs.getObject("at", OffsetDateTime.class), rs.getString("step"),
					rs.getString("actor"), rs.getString("comment")))
			.list();
	}

	private void update(String sql, String id, String value) {
		jdbc.sql(sql).param("v", value).param("at", now()).param("id", id).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private ApplicationRecord map(ResultSet rs, int row) throws SQLException {
		return new ApplicationRecord(rs.getString("id"), rs.getString("credit_code"), rs.getString("enterprise_name"),
				rs.getString("district"), rs.getBoolean("trade_record_since_2024"),
				ApplicationStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"),
				rs.getString("policy_id"), rs.getString("request_json"), rs.getString("assessment_json"),
				rs.getBigDecimal("total"), rs.getString("submitted_by"),
				rs.getObject("submitted_at", OffsetDateTime.class));
	}

}
