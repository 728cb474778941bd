package cn.gov.jiangmen.subsidy.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.gov.jiangmen.subsidy.policy.BoothKind;
import cn.gov.jiangmen.subsidy.policy.BoothUse;
import cn.gov.jiangmen.subsidy.policy.District;
import cn.gov.jiangmen.subsidy.policy.ExhibitionProject;
import cn.gov.jiangmen.subsidy.policy.HeldBooths;
import cn.gov.jiangmen.subsidy.policy.ItemKind;
import cn.gov.jiangmen.subsidy.policy.ItemKinds;
import cn.gov.jiangmen.subsidy.policy.PriorAwards;

/** SQL over ledger_entry; callers hold the transaction. */
@Repository
class LedgerRepository {

	private static final String COLUMNS = "id, policy_id, credit_code, application_id, item_index, item_type, "
			+ "award_year, district, amount, city_amount, district_amount, articles, status, payment_reference, "
			+ "paid_on, clawback_reason, created_at, updated_at, exhibition_name, exhibition_host, exhibition_start, "
			+ "booth_kind, booths";

	private final JdbcTemplate jdbc;

	LedgerRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What the enterprise holds in RESERVED and PAID entries, leaving out one application's own. */
	PriorAwards priorAwards(String creditCode, String excludedApplicationId) {
		List<HeldBooths> booths = jdbc.query("SELECT application_id, item_index, exhibition_name, exhibition_host,"
				+ " exhibition_start, booth_kind, booths FROM ledger_entry WHERE credit_code = ? AND application_id <> ?"
				+ " AND status IN ('RESERVED', 'PAID') AND booths IS NOT NULL ORDER BY created_at, application_id, item_index",
				(rs, row) -> new HeldBooths(rs.getString("application_id"), rs.getInt("item_index"), boothUse(rs)),
				creditCode, excludedApplicationId);
		Map<String, Map<Integer, BigDecimal>> sums = new HashMap<>();
		Map<String, Map<Integer, Integer>> counts = new HashMap<>();
		jdbc.query("SELECT item_type, award_year, SUM(amount) AS total, COUNT(*) AS items FROM ledger_entry"
				+ " WHERE credit_code = ? AND application_id <> ? AND status IN ('RESERVED', 'PAID')"
				+ " GROUP BY item_type, award_year", rs -> {
					sums.computeIfAbsent(rs.getString("item_type"), t -> new HashMap<>())
						.put(rs.getInt("award_year"), rs.getBigDecimal("total"));
					counts.computeIfAbsent(rs.getString("item_type"), t -> new HashMap<>())
						.put(rs.getInt("award_year"), rs.getInt("items"));
				}, creditCode, excludedApplicationId);
		return new PriorAwards() {
			@Override
			public BigDecimal awardedInYear(ItemKind kind, int year) {
				return sums.getOrDefault(kind.code(), Map.of()).getOrDefault(year, BigDecimal.ZERO);
			}

			@Override
			public int countInYear(ItemKind kind, int year) {
				return counts.getOrDefault(kind.code(), Map.of()).getOrDefault(year, 0);
			}

			@Override
			public boolean awardedEver(ItemKind kind) {
				return sums.containsKey(kind.code());
			}

			@Override
			public List<HeldBooths> exhibitionBooths() {
				return booths;
			}
		};
	}

	void insert(NewEntry entry) {
		BoothUse booths = entry.booths();
		ExhibitionProject project = booths == null ? null : booths.project();
		jdbc.update("INSERT INTO ledger_entry (policy_id, credit_code, application_id, item_index, item_type, "
				+ "award_year, district, amount, city_amount, district_amount, articles, status, exhibition_name, "
				+ "exhibition_name_key, exhibition_host, exhibition_start, booth_kind, booths) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RESERVED', ?, ?, ?, ?, ?, ?)", entry.policyId(),
				entry.creditCode(), entry.applicationId(), entry.itemIndex(), entry.itemType().code(), entry.year(),
				entry.district().name(), entry.amount(), entry.cityAmount(), entry.districtAmount(), entry.articles(),
				project == null ? null : project.name(), project == null ? null : project.nameKey(),
				project == null ? null : project.host(), project == null ? null : project.startDate(),
				booths == null ? null : booths.kind().name(), booths == null ? null : booths.booths());
	}

	/** Earlier reservations of an application that is assessed again (after it was returned for correction). */
	void deleteUnsettled(String applicationId) {
		jdbc.update("DELETE FROM ledger_entry WHERE application_id = ? AND status IN ('RESERVED', 'RELEASED')",
				applicationId);
	}

	int changeStatus(String applicationId, EntryStatus from, EntryStatus to) {
		return jdbc.update("UPDATE ledger_entry SET status = ?, updated_at = CURRENT_TIMESTAMP"
				+ " WHERE application_id = ? AND status = ?", to.name(), applicationId, from.name());
	}

	int markPaid(String applicationId, String paymentReference, LocalDate paidOn) {
		return jdbc.update("UPDATE ledger_entry SET status = 'PAID', payment_reference = ?, paid_on = ?,"
				+ " updated_at = CURRENT_TIMESTAMP WHERE application_id = ? AND status = 'RESERVED'", paymentReference,
				paidOn, applicationId);
	}

	int clawBack(String applicationId, String reason) {
		return jdbc.update("UPDATE ledger_entry SET status = 'CLAWED_BACK', clawback_reason = ?,"
				+ " updated_at = CURRENT_TIMESTAMP WHERE application_id = ? AND status = 'PAID'", reason, applicationId);
	}

	List<LedgerEntry> byApplication(String applicationId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM ledger_entry WHERE application_id = ? ORDER BY item_index",
				LedgerRepository::entry, applicationId);
	}

	List<LedgerEntry> byEnterprise(String creditCode) {
		return jdbc.query("SELECT " + COLUMNS + " FROM ledger_entry WHERE credit_code = ?"
				+ " ORDER BY award_year, application_id, item_index", LedgerRepository::entry, creditCode);
	}

	private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
		String reference = rs.getString("payment_reference");
		return new LedgerEntry(rs.getLong("id"), rs.getString("policy_id"), rs.getString("credit_code"),
				rs.getString("application_id"), rs.getInt("item_index"),
				ItemKinds.of(rs.getString("policy_id"), rs.getString("item_type")),
				rs.getInt("award_year"), District.valueOf(rs.getString("district")), rs.getBigDecimal("amount"),
				rs.getBigDecimal("city_amount"), rs.getBigDecimal("district_amount"), rs.getString("articles"),
				EntryStatus.valueOf(rs.getString("status")), reference, rs.getObject("paid_on", LocalDate.class),
				rs.getString("clawback_reason"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), boothUse(rs));
	}

	/** The name as the applicant wrote it is kept; the folded key is derived from it again. */
	private static BoothUse boothUse(ResultSet rs) throws SQLException {
		int booths = rs.getInt("booths");
		if (rs.wasNull()) {
			return null;
		}
		return new BoothUse(new ExhibitionProject(rs.getString("exhibition_name"), rs.getString("exhibition_host"),
				rs.getObject("exhibition_start", LocalDate.class)), BoothKind.valueOf(rs.getString("booth_kind")), booths);
	}

	/** {@code booths} is what an exhibition item takes of its project (第九条), null for any other item. */
	record NewEntry(String policyId, String creditCode, String applicationId, int itemIndex, ItemKind itemType,
			int year, District district, BigDecimal amount, BigDecimal cityAmount, BigDecimal districtAmount,
			String articles, BoothUse booths) {
	}
}
