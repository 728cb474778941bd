package cn.gov.jiangmen.subsidy.policy;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The applicant. The credit code's check character is verified where requests are read; here it
 * only has to be present, because the rules never look inside it. {@code district} is null for an
 * enterprise outside Jiangmen, which only a pack without districts (the Yueqing draft) can assess;
 * {@code tradeRecordSince2024} is 第二条's condition and means nothing to such a pack.
 * {@code tradeYears} are the years with an import or export record in customs statistics
 * (第十条第（一）项), or null when the applicant did not list them.
 */
public record Enterprise(String creditCode, String name, District district, boolean tradeRecordSince2024,
		SortedSet<Integer> tradeYears) {

	/** The year the flag {@code tradeRecordSince2024} names: CONTRACT's field, not a parameter of the policy. */
	public static final int TRADE_RECORD_FLAG_FROM = 2024;

	/** Years a customs record can be given for. */
	public static final int FIRST_TRADE_YEAR = 1900;
	public static final int LAST_TRADE_YEAR = 2100;

	public Enterprise {
		Values.requireText(creditCode, "creditCode");
		Values.requireText(name, "name");
		if (tradeYears != null) {
			for (Integer year : tradeYears) {
				if (year == null || year < FIRST_TRADE_YEAR || year > LAST_TRADE_YEAR) {
					throw new IllegalArgumentException("not a year of trade: " + year);
				}
			}
			tradeYears = Collections.unmodifiableSortedSet(new TreeSet<>(tradeYears));
		}
	}

	public Enterprise(String creditCode, String name, District district, boolean tradeRecordSince2024) {
		this(creditCode, name, district, tradeRecordSince2024, null);
	}

	public static Enterprise withTradeYears(String creditCode, String name, District district,
			boolean tradeRecordSince2024, Set<Integer> tradeYears) {
		return new Enterprise(creditCode, name, district, tradeRecordSince2024,
				tradeYears == null ? null : new TreeSet<>(tradeYears));
	}

	/**
	 * An import or export record in the year: from {@code tradeYears} when listed, otherwise (CONTRACT)
	 * {@code tradeRecordSince2024} counts as a record in every year from 2024 on.
	 */
	public boolean tradedIn(int year) {
		if (tradeYears != null) {
			return tradeYears.contains(year);
		}
		return tradeRecordSince2024 && year >= TRADE_RECORD_FLAG_FROM;
	}

	/** How the trade years were known, for a trace. */
	String tradeYearsShown() {
		if (tradeYears != null) {
			return tradeYears.isEmpty() ? "企业未填报任何进出口实绩年份"
					: "企业填报的进出口实绩年份：" + String.join("、", tradeYears.stream().map(String::valueOf).toList());
		}
		return tradeRecordSince2024 ? "未填报进出口实绩年份，按自" + TRADE_RECORD_FLAG_FROM + "年起有出口实绩视为" + TRADE_RECORD_FLAG_FROM
				+ "年起每年均有实绩" : "未填报进出口实绩年份，也无自" + TRADE_RECORD_FLAG_FROM + "年起的出口实绩";
	}
}
