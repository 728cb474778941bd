package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;

/** 第十二条: only the actual expenditure not yet covered by national or provincial subsidies is supported. */
final class Base {

	static final String ARTICLE = "第十二条";

	private Base() {
	}

	/** Refuses the item when the request exceeds the expenditure or nothing is left to support. */
	static void check(ItemCalc c, BigDecimal expenditure, BigDecimal otherSubsidies, BigDecimal requested) {
		check(c, ARTICLE, "已获国家、省补贴", expenditure, otherSubsidies, requested);
	}

	/** The same check under another pack's article, with that pack's name for the other subsidies. */
	static void check(ItemCalc c, String article, String otherSubsidiesLabel, BigDecimal expenditure,
			BigDecimal otherSubsidies, BigDecimal requested) {
		c.cite(article);
		if (requested != null && requested.compareTo(expenditure) > 0) {
			c.step("申请额 " + Money.show(requested) + " > 实际支出 " + Money.show(expenditure));
			c.refuse(ReasonCode.EXCEEDS_ACTUAL_EXPENDITURE, article);
		}
		if (expenditure.subtract(otherSubsidies).signum() <= 0) {
			c.step("实际支出 " + Money.show(expenditure) + " − " + otherSubsidiesLabel + " " + Money.show(otherSubsidies)
					+ " ≤ 0");
			c.refuse(ReasonCode.FULLY_SUBSIDISED, article);
		}
	}

	/** rate × (expenditure − other subsidies), down to the fen. */
	static BigDecimal percentOf(ItemCalc c, String who, BigDecimal rate, BigDecimal expenditure,
			BigDecimal otherSubsidies) {
		BigDecimal amount = Money.fen(rate.multiply(expenditure.subtract(otherSubsidies)));
		c.step(who + Money.percent(rate) + " × (" + Money.show(expenditure) + " − " + Money.show(otherSubsidies)
				+ ") = " + Money.show(amount));
		return amount;
	}
}
