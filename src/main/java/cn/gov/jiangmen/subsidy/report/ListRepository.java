package cn.gov.jiangmen.subsidy.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.jiangmen.subsidy.ledger.ItemKinds;

/** Read-only SQL over batches and the ledger, for the lists the bureaus download. */
@Repository
class ListRepository {

	record BatchRow(String id, String kind, String scope, String status, OffsetDateTime openedAt,
			OffsetDateTime closedAt, String closedBy, int applications, BigDecimal total) {
	}

	/** One ledger item with its application: a line of every list. */
	record ItemLine(String applicationId, String enterpriseName, String creditCode, String district, String typeName,
			String articles, int awardYear, String status, BigDecimal amount, BigDecimal cityAmount,
			BigDecimal districtAmount, String paymentReference, LocalDate paidOn, String clawbackReason) {

		BigDecimal paid() {
			return "PAID".equals(status) || "CLAWED_BACK".equals(status) ? amount : BigDecimal.ZERO.setScale(2);
		}

		BigDecimal recovered() {
			return "CLAWED_BACK".equals(status) ? amount : BigDecimal.ZERO.setScale(2);
		}
	}

	private static final String ITEM_COLUMNS = """
			SELECT l.application_id, a.enterprise_name, a.credit_code, a.district, l.policy_id, l.item_type,
			  l.articles, l.award_year, l.status, l.amount, l.city_amount, l.district_amount, l.payment_reference,
			  l.paid_on, l.clawback_reason
			""";

	private final JdbcClient jdbc;

	ListRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<BatchRow> batches() {
		return jdbc.sql("""
				SELECT b.id, b.kind, b.scope, b.status, b.opened_at, b.closed_at, b.closed_by,
				  (SELECT COUNT(*) FROM app_batch_member m WHERE m.batch_id = b.id) AS applications,
				  (SELECT COALESCE(SUM(a.total), 0) FROM app_batch_member m JOIN app_application a ON a.id = m.application_id
				   WHERE m.batch_id = b.id) AS total
				FROM app_batch b ORDER BY b.opened_at DESC, b.id DESC""")
			.query(ListRepository::batch)
			.list();
	}

	Optional<BatchRow> batch(String id) {
		return jdbc.sql("""
				SELECT b.id, b.kind, b.scope, b.status, b.opened_at, b.closed_at, b.closed_by, 0 AS applications,
				  0 AS total FROM app_batch b WHERE b.id = :id""")
			.param("id", id)
			.query(ListRepository::batch)
			.optional();
	}

	/** The granted items of a batch's applications in these districts (an item refused by the rules is not listed). */
	List<ItemLine> itemsOfBatch(String batchId, List<String> districts) {
		return jdbc.sql(ITEM_COLUMNS + """
				FROM app_batch_member m JOIN app_application a ON a.id = m.application_id
				JOIN ledger_entry l ON l.application_id = a.id
				WHERE m.batch_id = :b AND a.district IN (:districts) AND l.status IN ('RESERVED', 'PAID', 'CLAWED_BACK')
				ORDER BY a.district, a.id, l.item_index""")
			.param("b", batchId)
			.param("districts", districts)
			.query(ListRepository::line)
			.list();
	}

	List<String> districtsOfBatch(String batchId) {
		return jdbc.sql("""
				SELECT DISTINCT a.district FROM app_batch_member m JOIN app_application a ON a.id = m.application_id
				WHERE m.batch_id = :b ORDER BY a.district""")
			.param("b", batchId)
			.query(String.class)
			.list();
	}

	/** The funds-release batch an application was released in, if any. */
	Optional<String> releaseBatchOf(String applicationId) {
		return jdbc.sql("""
				SELECT b.id FROM app_batch_member m JOIN app_batch b ON b.id = m.batch_id
				WHERE m.application_id = :a AND b.kind = 'FUNDS_RELEASE' ORDER BY b.opened_at DESC""")
			.param("a", applicationId)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	Optional<String> districtOf(String applicationId) {
		return jdbc.sql("SELECT district FROM app_application WHERE id = :a")
			.param("a", applicationId)
			.query(String.class)
			.optional();
	}

	/** Every awarded item of a year (the year its cap belongs to), paid or recovered included, released reservations not. */
	List<ItemLine> ledgerOfYear(int year, List<String> districts) {
		return jdbc.sql(ITEM_COLUMNS + """
				FROM ledger_entry l JOIN app_application a ON a.id = l.application_id
				WHERE l.award_year = :y AND a.district IN (:districts) AND l.status IN ('RESERVED', 'PAID', 'CLAWED_BACK')
				ORDER BY a.district, a.id, l.item_index""")
			.param("y", year)
			.param("districts", districts)
			.query(ListRepository::line)
			.list();
	}

	private static BatchRow batch(ResultSet rs, int n) throws SQLException {
		return new BatchRow(rs.getString("id"), rs.getString("kind"), rs.getString("scope"), rs.getString("status"),
				rs.getObject("opened_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class),
				rs.getString("closed_by"), rs.getInt("applications"), rs.getBigDecimal("total").setScale(2));
	}

	private static ItemLine line(ResultSet rs, int n) throws SQLException {
		return new ItemLine(rs.getString("application_id"), rs.getString("enterprise_name"), rs.getString("credit_code"),
				rs.getString("district"), ItemKinds.of(rs.getString("policy_id"), rs.getString("item_type")).label(),
				rs.getString("articles"), rs.getInt("award_year"), rs.getString("status"), rs.getBigDecimal("amount"),
				rs.getBigDecimal("city_amount"), rs.getBigDecimal("district_amount"), rs.getString("payment_reference"),
				rs.getObject("paid_on", LocalDate.class), rs.getString("clawback_reason"));
	}

}
