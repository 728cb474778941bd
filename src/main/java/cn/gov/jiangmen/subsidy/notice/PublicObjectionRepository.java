package cn.gov.jiangmen.subsidy.notice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Objections and their handling: rows are inserted, never updated nor deleted. */
@Repository
class PublicObjectionRepository {

	/** An objection with its handling, if any, as the officers' page lists it. */
	record Row(long id, String noticeId, String documentNo, String applicationId, String enterpriseName,
			String district, String reason, String name, String contact, OffsetDateTime receivedAt, String address,
			String channel, String decision, String decisionReason, String decidedBy, OffsetDateTime decidedAt) {

		boolean pending() {
			return decision == null;
		}
	}

	private final JdbcClient jdbc;

	PublicObjectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String noticeId, PublicObjections.Filing filing, OffsetDateTime at, String address, String channel) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO app_public_objection (notice_id, application_id, reason, objector_name, contact,
				  received_at, source_address, channel)
				VALUES (:notice, :application, :reason, :name, :contact, :at, :address, :channel)""")
			.param("notice", noticeId)
			.param("application", filing.applicationId())
			.param("reason", filing.reason())
			.param("name", filing.name())
			.param("contact", filing.contact())
			.param("at", at)
			.param("address", address)
			.param("channel", channel)
			.update(keys, "id");
		return ((Number) keys.getKeys().get(keys.getKeys().containsKey("id") ? "id" : "ID")).longValue();
	}

	/** The handling of an objection; a second one for the same objection fails on the primary key. */
	void decide(long objectionId, String decision, String reason, String by, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO app_public_objection_decision (objection_id, decision, reason, decided_by, decided_at)
				VALUES (:id, :decision, :reason, :by, :at)""")
			.param("id", objectionId)
			.param("decision", decision)
			.param("reason", reason)
			.param("by", by)
			.param("at", at)
			.update();
	}

	private static final String SELECT = """
			SELECT o.id, o.notice_id, n.document_no, o.application_id, e.enterprise_name, e.district, o.reason,
			  o.objector_name, o.contact, o.received_at, o.source_address, o.channel,
			  d.decision, d.reason AS decision_reason, d.decided_by, d.decided_at
			FROM app_public_objection o
			JOIN app_notice n ON n.id = o.notice_id
			JOIN app_notice_entry e ON e.notice_id = o.notice_id AND e.application_id = o.application_id
			LEFT JOIN app_public_objection_decision d ON d.objection_id = o.id""";

	List<Row> all() {
		return jdbc.sql(SELECT + " ORDER BY o.id DESC").query(this::row).list();
	}

	Optional<Row> find(long id) {
		return jdbc.sql(SELECT + " WHERE o.id = :id").param("id", id).query(this::row).optional();
	}

	int countOfNotice(String noticeId) {
		return jdbc.sql("SELECT COUNT(*) FROM app_public_objection WHERE notice_id = :n")
			.param("n", noticeId)
			.query(Integer.class)
			.single();
	}

	private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getString("notice_id"), rs.getString("document_no"),
				rs.getString("application_id"), rs.getString("enterprise_name"), rs.getString("district"),
				rs.getString("reason"), rs.getString("objector_name"), rs.getString("contact"),
				rs.getObject("received_at", OffsetDateTime.class), rs.getString("source_address"),
				rs.getString("channel"), rs.getString("decision"), rs.getString("decision_reason"),
				rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class));
	}

}
