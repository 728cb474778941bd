package cn.gov.jiangmen.subsidy.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only SQL for the officers' search and an application's page. */
@Repository
class SearchRepository {

	record Found(String id, String enterpriseName, String creditCode, String district, String status, BigDecimal total,
			OffsetDateTime submittedAt) {
	}

	record Detail(String id, String enterpriseName, String creditCode, String district, String status, BigDecimal total,
			OffsetDateTime submittedAt, String submittedBy, String processInstanceId, String policyId,
			String assessmentJson) {
	}

	record Event(OffsetDateTime at, String step, String actor, String comment) {
	}

	record LedgerLine(int itemIndex, String policyId, String itemType, int awardYear, String articles, String status,
			BigDecimal amount, BigDecimal cityAmount, BigDecimal districtAmount, String paymentReference, LocalDate paidOn,
			String clawbackReason) {
	}

	static final int LIMIT = 50;

	private final JdbcClient jdbc;

	SearchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Applications in these districts whose number, enterprise name or credit code contains the text
	 * (any case), of a status if given; newest first, at most {@value #LIMIT}.
	 */
	List<Found> find(String text, String status, List<String> districts) {
		String like = text == null || text.isBlank() ? null
				: "%" + text.strip().toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("""
				SELECT id, enterprise_name, credit_code, district, status, total, submitted_at FROM app_application
				WHERE district IN (:districts)
				  AND (:status IS NULL OR status = :status)
				  AND (:like IS NULL OR UPPER(id) LIKE :like ESCAPE '\\' OR UPPER(enterprise_name) LIKE :like ESCAPE '\\'
				       OR UPPER(credit_code) LIKE :like ESCAPE '\\')
				ORDER BY submitted_at DESC, id DESC
				FETCH FIRST 50 ROWS ONLY""")
			.param("districts", districts)
			.param("status", status, java.sql.Types.VARCHAR)
			.param("like", like, java.sql.Types.VARCHAR)
			.query((rs, n) -> new Found(rs.getString("id"), rs.getString("enterprise_name"), rs.getString("credit_code"),
					rs.getString("district"), rs.getString("status"), rs.getBigDecimal("total"),
					rs.getObject("submitted_at", OffsetDateTime.class)))
			.list();
	}

	Optional<Detail> detail(String id) {
		return jdbc.sql("SELECT * FROM app_application WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Detail(rs.getString("id"), rs.getString("enterprise_name"), rs.getString("credit_code"),
					rs.getString("district"), rs.getString("status"), rs.getBigDecimal("total"),
					rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("submitted_by"),
					rs.getString("process_instance_id"), rs.getString("policy_id"), rs.getString("assessment_json")))
			.optional();
	}

	List<Event> history(String id) {
		return jdbc.sql("SELECT at, step, actor, comment FROM app_application_event WHERE application_id = :id ORDER BY id")
			.param("id", id)
			.query((rs, n) -> new Event(rs.getObject("at", OffsetDateTime.class), rs.getString("step"),
					rs.getString("actor"), rs.getString("comment")))
			.list();
	}

	List<LedgerLine> ledger(String id) {
		return jdbc.sql("""
				SELECT item_index, policy_id, item_type, award_year, articles, status, amount, city_amount,
				  district_amount, payment_reference, paid_on, clawback_reason
				FROM ledger_entry WHERE application_id = :id ORDER BY item_index""")
			.param("id", id)
			.query((rs, n) -> new LedgerLine(rs.getInt("item_index"), rs.getString("policy_id"), rs.getString("item_type"),
					rs.getInt("award_year"), rs.getString("articles"), rs.getString("status"), rs.getBigDecimal("amount"),
					rs.getBigDecimal("city_amount"), rs.getBigDecimal("district_amount"), rs.getString("payment_reference"),
					rs.getObject("paid_on", LocalDate.class), rs.getString("clawback_reason")))
			.list();
	}

}
