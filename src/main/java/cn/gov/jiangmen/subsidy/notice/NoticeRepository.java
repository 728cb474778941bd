package cn.gov.jiangmen.subsidy.notice;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.jiangmen.subsidy.ledger.ItemKinds;

/** SQL over the notices; a notice is inserted once and then only read. */
@Repository
class NoticeRepository {

	/** A line of the list of notices. */
	record Summary(String id, String title, String documentNo, LocalDate publishedOn, LocalDate firstDay,
			LocalDate lastDay, int entries, BigDecimal total) {
	}

	private final JdbcClient jdbc;

	NoticeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int nextSeq(int year) {
		return jdbc.sql("SELECT COALESCE(MAX(notice_seq), 0) + 1 FROM app_notice WHERE notice_year = :y")
			.param("y", year)
			.query(Integer.class)
			.single();
	}

	Optional<String> idOfBatch(String batchId) {
		return jdbc.sql("SELECT id FROM app_notice WHERE batch_id = :b").param("b", batchId).query(String.class).optional();
	}

	/**
	 * What a batch would publish now: its applications with the items the ledger holds for them
	 * (granted amounts only; an item refused by the rules is not on a notice).
	 */
	List<Notice.Entry> entriesOfBatch(String batchId) {
		Map<String, List<Notice.Item>> items = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT l.application_id, l.item_index, l.policy_id, l.item_type, l.amount, l.city_amount,
				       l.district_amount, l.articles
				FROM app_batch_member m JOIN ledger_entry l ON l.application_id = m.application_id
				WHERE m.batch_id = :b AND l.status IN ('RESERVED', 'PAID')
				ORDER BY l.application_id, l.item_index""")
			.param("b", batchId)
			.query(rs -> {
				items.computeIfAbsent(rs.getString("application_id"), k -> new ArrayList<>())
					.add(new Notice.Item(rs.getInt("item_index"), rs.getString("item_type"),
							ItemKinds.of(rs.getString("policy_id"), rs.getString("item_type")).label(),
							rs.getBigDecimal("amount"), rs.getBigDecimal("city_amount"),
							rs.getBigDecimal("district_amount"), rs.getString("articles")));
			});
		List<Notice.Entry> entries = new ArrayList<>();
		jdbc.sql("""
				SELECT a.id, a.enterprise_name, a.credit_code, a.district
				FROM app_batch_member m JOIN app_application a ON a.id = m.application_id
				WHERE m.batch_id = :b ORDER BY a.district, a.id""")
			.param("b", batchId)
			.query(rs -> {
				List<Notice.Item> own = items.getOrDefault(rs.getString("id"), List.of());
				entries.add(new Notice.Entry(rs.getString("id"), entries.size() + 1, rs.getString("enterprise_name"),
						rs.getString("credit_code"), rs.getString("district"), sum(own), own));
			});
		return entries;
	}

	void insert(Notice notice, int year, int seq) {
		jdbc.sql("""
				INSERT INTO app_notice (id, batch_id, notice_year, notice_seq, title, document_no, published_on,
				  published_at, published_by, first_day, last_day, working_days, objection_contact, total)
				VALUES (:id, :batch, :year, :seq, :title, :no, :on, :at, :by, :first, :last, :days, :contact, :total)""")
			.param("id", notice.id())
			.param("batch", notice.batchId())
			.param("year", year)
			.param("seq", seq)
			.param("title", notice.title())
			.param("no", notice.documentNo())
			.param("on", notice.publishedOn())
			.param("at", notice.publishedAt())
			.param("by", notice.publishedBy())
			.param("first", notice.firstDay())
			.param("last", notice.lastDay())
			.param("days", notice.workingDays())
			.param("contact", notice.objectionContact())
			.param("total", notice.total())
			.update();
		for (Notice.Entry entry : notice.entries()) {
			jdbc.sql("""
					INSERT INTO app_notice_entry (notice_id, application_id, position, enterprise_name, credit_code,
					  district, total) VALUES (:n, :a, :pos, :name, :code, :district, :total)""")
				.param("n", notice.id())
				.param("a", entry.applicationId())
				.param("pos", entry.position())
				.param("name", entry.enterpriseName())
				.param("code", entry.creditCode())
				.param("district", entry.district())
				.param("total", entry.total())
				.update();
			for (Notice.Item item : entry.items()) {
				jdbc.sql("""
						INSERT INTO app_notice_item (notice_id, application_id, item_index, type_code, type_name, amount,
						  city_amount, district_amount, articles)
						VALUES (:n, :a, :i, :code, :name, :amount, :city, :district, :articles)""")
					.param("n", notice.id())
					.param("a", entry.applicationId())
					.param("i", item.index())
					.param("code", item.typeCode())
					.param("name", item.typeName())
					.param("amount", item.amount())
					.param("city", item.cityAmount())
					.param("district", item.districtAmount())
					.param("articles", item.articles())
					.update();
			}
		}
	}

	List<Summary> summaries() {
		return jdbc.sql("""
				SELECT n.id, n.title, n.document_no, n.published_on, n.first_day, n.last_day, n.total,
				  (SELECT COUNT(*) FROM app_notice_entry e WHERE e.notice_id = n.id) AS entries
				FROM app_notice n ORDER BY n.published_at DESC, n.id DESC""")
			.query((rs, row) -> new Summary(rs.getString("id"), rs.getString("title"), rs.getString("document_no"),
					rs.getObject("published_on", LocalDate.class), rs.getObject("first_day", LocalDate.class),
					rs.getObject("last_day", LocalDate.class), rs.getInt("entries"), rs.getBigDecimal("total")))
			.list();
	}

	Optional<Notice> find(String id) {
		Map<String, List<Notice.Item>> items = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM app_notice_item WHERE notice_id = :n ORDER BY application_id, item_index")
			.param("n", id)
			.query(rs -> {
				items.computeIfAbsent(rs.getString("application_id"), k -> new ArrayList<>())
					.add(new Notice.Item(rs.getInt("item_index"), rs.getString("type_code"), rs.getString("type_name"),
							rs.getBigDecimal("amount"), rs.getBigDecimal("city_amount"),
							rs.getBigDecimal("district_amount"), rs.getString("articles")));
			});
		List<Notice.Entry> entries = jdbc.sql("SELECT * FROM app_notice_entry WHERE notice_id = :n ORDER BY position")
			.param("n", id)
			.query((rs, row) -> new Notice.Entry(rs.getString("application_id"), rs.getInt("position"),
					rs.getString("enterprise_name"), rs.getString("credit_code"), rs.getString("district"),
					rs.getBigDecimal("total"), items.getOrDefault(rs.getString("application_id"), List.of())))
			.list();
		return jdbc.sql("SELECT * FROM app_notice WHERE id = :n")
			.param("n", id)
			.query((rs, row) -> notice(rs, entries))
			.optional();
	}

	private static Notice notice(ResultSet rs, List<Notice.Entry> entries) throws SQLException {
		return new Notice(rs.getString("id"), rs.getString("batch_id"), rs.getString("title"),
				rs.getString("document_no"), rs.getObject("published_on", LocalDate.class),
				rs.getObject("published_at", OffsetDateTime.class), rs.getString("published_by"),
				rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
				rs.getInt("working_days"), rs.getString("objection_contact"), rs.getBigDecimal("total"), entries);
	}

	static BigDecimal sum(List<Notice.Item> items) {
		return items.stream().map(Notice.Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
	}

}
