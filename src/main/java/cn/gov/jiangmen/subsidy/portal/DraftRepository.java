package cn.gov.jiangmen.subsidy.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DraftRepository {

	record Draft(String id, String creditCode, String applicationId, String contentJson, String createdBy,
			OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {
	}

	private final JdbcClient jdbc;

	DraftRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String id, String creditCode, String applicationId, String json, String by, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO app_draft (id, credit_code, application_id, content_json, created_by, created_at, updated_by,
				  updated_at) VALUES (:id, :code, :application, :json, :by, :at, :by, :at)""")
			.param("id", id)
			.param("code", creditCode)
			.param("application", applicationId)
			.param("json", json)
			.param("by", by)
			.param("at", at)
			.update();
	}

	void update(String id, String json, String by, OffsetDateTime at) {
		jdbc.sql("UPDATE app_draft SET content_json = :json, updated_by = :by, updated_at = :at WHERE id = :id")
			.param("json", json)
			.param("by", by)
			.param("at", at)
			.param("id", id)
			.update();
	}

	/** Only a draft of this enterprise: another's is as absent as one that never existed. */
	Optional<Draft> find(String id, String creditCode) {
		return jdbc.sql("SELECT * FROM app_draft WHERE id = :id AND credit_code = :code")
			.param("id", id)
			.param("code", creditCode)
			.query(DraftRepository::draft)
			.optional();
	}

	Optional<Draft> correctionOf(String applicationId) {
		return jdbc.sql("SELECT * FROM app_draft WHERE application_id = :id").param("id", applicationId).query(DraftRepository::draft).optional();
	}

	/** New applications' drafts of the enterprise, last edited first. */
	List<Draft> newOnesOf(String creditCode) {
		return jdbc.sql("SELECT * FROM app_draft WHERE credit_code = :code AND application_id IS NULL ORDER BY updated_at DESC")
			.param("code", creditCode)
			.query(DraftRepository::draft)
			.list();
	}

	/**
	 * Column by column: mapping the record by its components ({@code query(Draft.class)}) looks each
	 * up by its Java name first, and on H2 every miss is an exception written with its stack trace
	 * to the database's trace file under one lock: seven per draft read, the portal's worst hotspot
	 * on deadline day (scripts/deadline-day.sh).
	 */
	private static Draft draft(ResultSet rs, int row) throws SQLException {
		return new Draft(rs.getString("id"), rs.getString("credit_code"), rs.getString("application_id"),
				rs.getString("content_json"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
	}

	void delete(String id) {
		jdbc.sql("DELETE FROM app_draft WHERE id = :id").param("id", id).update();
	}

}
