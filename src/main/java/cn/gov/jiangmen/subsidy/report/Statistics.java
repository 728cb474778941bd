package cn.gov.jiangmen.subsidy.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.ledger.ItemKinds;

/**
 * The figures a bureau looks at (第四、五条 预算编制、信息公开、绩效): for the applications submitted in
 * a year (China time), in the caller's districts, the items per district, item type and status, and
 * how far the money has gone: applied, approved by the city, budgeted, released, paid, recovered.
 * Every figure is a sum over ledger items, so the totals equal the applications' totals.
 */
@Service
class Statistics {

	/** An application has passed the city's second review once it is in one of these. */
	static final Set<String> APPROVED = Set.of("AWAITING_NOTICE", "PUBLIC_NOTICE", "OBJECTION_REVIEW", "AWAITING_BUDGET",
			"BUDGETED", "FUNDS_RELEASED", "DISBURSED");
	static final Set<String> BUDGETED = Set.of("BUDGETED", "FUNDS_RELEASED", "DISBURSED");
	static final Set<String> RELEASED = Set.of("FUNDS_RELEASED", "DISBURSED");

	/** CONTRACT: one row per district, item type and application status; count of items, sum of their amounts. */
	record Row(String district, String type, String status, long count, BigDecimal amount) {
	}

	record Totals(long count, BigDecimal amount) {
	}

	/** How far the money has gone, in yuan. */
	record Stages(long applications, BigDecimal applied, BigDecimal approved, BigDecimal budgeted, BigDecimal released,
			BigDecimal paid, BigDecimal recovered) {

		static Stages zero() {
			BigDecimal z = BigDecimal.ZERO.setScale(2);
			return new Stages(0, z, z, z, z, z, z);
		}
	}

	record Labelled(String key, String label, Stages stages) {
	}

	/** An item type under the articles that grant it, with its figures. */
	record ByType(String type, String typeName, String articles, Stages stages) {
	}

	record StatusLine(String status, String label, long applications, BigDecimal amount) {
	}

	record Recipient(String creditCode, String enterpriseName, String district, BigDecimal approved, BigDecimal paid) {
	}

	record CapUse(String creditCode, String enterpriseName, String typeName, int awardYear, BigDecimal used) {
	}

	record Report(int year, String scope, Call call, List<Row> rows, Totals totals, Stages overall,
			List<Labelled> byDistrict, List<ByType> byType, List<StatusLine> byStatus, List<Recipient> largest,
			List<CapUse> capsUsed) {
	}

	/** A call for applications (申报通知, 第十三条) the figures can be narrowed to. */
	record Call(long id, String title, String documentNo) {
	}

	/** A ledger item with its application, as counted. */
	private record Item(String applicationId, String creditCode, String enterpriseName, String district,
			String applicationStatus, String typeCode, String typeName, String articles, int awardYear,
			String entryStatus, BigDecimal amount) {
	}

	private final JdbcClient jdbc;

	Statistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every call ever published, newest first: what the statistics page offers to narrow by. */
	@Transactional(readOnly = true)
	List<Call> calls() {
		return jdbc.sql("SELECT id, title, document_no FROM app_call ORDER BY opens_on DESC, id DESC")
			.query((rs, n) -> new Call(rs.getLong("id"), rs.getString("title"), rs.getString("document_no")))
			.list();
	}

	/** The figures of a year; {@code call}, if not null, narrows them to the applications submitted under it. */
	@Transactional(readOnly = true)
	Report of(int year, ReportScope scope, Call call) {
		OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(WorkingDays.ZONE).toOffsetDateTime();
		OffsetDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay(WorkingDays.ZONE).toOffsetDateTime();
		// A typed NULL would do for H2 but not for PostgreSQL, which cannot infer its type: two texts.
		String ofCall = call == null ? "" : " AND a.call_id = :call";
		var itemQuery = jdbc.sql("""
				SELECT a.id, a.credit_code, a.enterprise_name, a.district, a.status AS application_status, l.policy_id,
				  l.item_type, l.articles, l.award_year, l.status AS entry_status, l.amount
				FROM app_application a JOIN ledger_entry l ON l.application_id = a.id
				WHERE a.submitted_at >= :from AND a.submitted_at < :to AND a.district IN (:districts)%s
				ORDER BY a.district, a.id, l.item_index""".formatted(ofCall))
			.param("from", from)
			.param("to", to)
			.param("districts", scope.districts());
		var statusQuery = jdbc.sql("""
				SELECT a.status, COUNT(*) AS applications, COALESCE(SUM(a.total), 0) AS amount FROM app_application a
				WHERE a.submitted_at >= :from AND a.submitted_at < :to AND a.district IN (:districts)%s
				GROUP BY a.status""".formatted(ofCall))
			.param("from", from)
			.param("to", to)
			.param("districts", scope.districts());
		if (call != null) {
			itemQuery = itemQuery.param("call", call.id());
			statusQuery = statusQuery.param("call", call.id());
		}
		List<Item> items = itemQuery.query((rs, n) -> new Item(rs.getString("id"), rs.getString("credit_code"), rs.getString("enterprise_name"),
					rs.getString("district"), rs.getString("application_status"), rs.getString("item_type"),
					ItemKinds.of(rs.getString("policy_id"), rs.getString("item_type")).label(), rs.getString("articles"),
					rs.getInt("award_year"), rs.getString("entry_status"), rs.getBigDecimal("amount")))
			.list();
		List<StatusLine> byStatus = statusQuery.query((rs, n) -> new StatusLine(rs.getString("status"), Names.status(rs.getString("status")),
					rs.getLong("applications"), rs.getBigDecimal("amount").setScale(2)))
			.list()
			.stream()
			.sorted(Comparator.comparing(line -> Names.statusOrder(line.status())))
			.toList();

		Map<List<String>, Row> rows = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
			.thenComparing(k -> k.get(1))
			.thenComparing(k -> Names.statusOrder(k.get(2))));
		for (Item item : items) {
			rows.merge(List.of(item.district(), item.typeCode(), item.applicationStatus()),
					new Row(item.district(), item.typeCode(), item.applicationStatus(), 1, item.amount()),
					(a, b) -> new Row(a.district(), a.type(), a.status(), a.count() + 1, a.amount().add(b.amount())));
		}
		List<Row> rowList = new ArrayList<>(rows.values());
		Totals totals = new Totals(rowList.stream().mapToLong(Row::count).sum(),
				rowList.stream().map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2));

		Map<String, List<Item>> perDistrict = group(items, Item::district);
		Map<String, List<Item>> perType = group(items, i -> i.typeCode() + "|" + i.articles());
		List<Labelled> byDistrict = perDistrict.entrySet()
			.stream()
			.map(e -> new Labelled(e.getKey(), Names.district(e.getKey()), stages(e.getValue())))
			.toList();
		List<ByType> byType = perType.values()
			.stream()
			.map(own -> new ByType(own.get(0).typeCode(), own.get(0).typeName(), own.get(0).articles(), stages(own)))
			.toList();

		Map<String, List<Item>> perEnterprise = group(items, Item::creditCode);
		List<Recipient> largest = perEnterprise.values()
			.stream()
			.map(own -> {
				Stages s = stages(own);
				Item first = own.get(0);
				return new Recipient(first.creditCode(), first.enterpriseName(), first.district(), s.approved(), s.paid());
			})
			.filter(r -> r.approved().signum() > 0)
			.sorted(Comparator.comparing(Recipient::approved).reversed().thenComparing(Recipient::creditCode))
			.limit(10)
			.toList();

		Map<List<Object>, CapUse> caps = new LinkedHashMap<>();
		for (Item item : items) {
			if (!"RELEASED".equals(item.entryStatus()) && !"CLAWED_BACK".equals(item.entryStatus())) {
				caps.merge(List.of(item.creditCode(), item.typeCode(), item.awardYear()),
						new CapUse(item.creditCode(), item.enterpriseName(), item.typeName(), item.awardYear(), item.amount()),
						(a, b) -> new CapUse(a.creditCode(), a.enterpriseName(), a.typeName(), a.awardYear(),
								a.used().add(b.used())));
			}
		}
		List<CapUse> capsUsed = caps.values()
			.stream()
			.sorted(Comparator.comparing(CapUse::used).reversed().thenComparing(CapUse::creditCode))
			.toList();
		return new Report(year, scope.label(), call, rowList, totals, stages(items), byDistrict, byType, byStatus, largest,
				capsUsed);
	}

	private static Map<String, List<Item>> group(List<Item> items, java.util.function.Function<Item, String> key) {
		Map<String, List<Item>> groups = new LinkedHashMap<>();
		items.forEach(item -> groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
		return groups;
	}

	/** Applied counts every item; approved and after count items of applications at or past that stage. */
	private static Stages stages(List<Item> items) {
		BigDecimal z = BigDecimal.ZERO.setScale(2);
		BigDecimal applied = z, approved = z, budgeted = z, released = z, paid = z, recovered = z;
		for (Item item : items) {
			applied = applied.add(item.amount());
			String status = item.applicationStatus();
			boolean live = !"RELEASED".equals(item.entryStatus());
			if (live && APPROVED.contains(status)) {
				approved = approved.add(item.amount());
			}
			if (live && BUDGETED.contains(status)) {
				budgeted = budgeted.add(item.amount());
			}
			if (live && RELEASED.contains(status)) {
				released = released.add(item.amount());
			}
			if ("PAID".equals(item.entryStatus()) || "CLAWED_BACK".equals(item.entryStatus())) {
				paid = paid.add(item.amount());
			}
			if ("CLAWED_BACK".equals(item.entryStatus())) {
				recovered = recovered.add(item.amount());
			}
		}
		long applications = items.stream().map(Item::applicationId).distinct().count();
		return new Stages(applications, applied, approved, budgeted, released, paid, recovered);
	}

}
