package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;

/** 第十二条: only the actual expenditure not yet covered by national or provincial subsidies is supported. */
final class Base {

	static final String ARTICLE = "第十二条";

	private Base() {
	}

	/**
	 * Refuses the item when the request exceeds the expenditure or other subsidies cover it. An item
	 * with no expenditure and no other subsidy claimed nothing: it is not "fully subsidised", it is
	 * supported with 0.00, and the trace says why.
	 */
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
		if (expenditure.signum() == 0 && otherSubsidies.signum() == 0) {
			c.step("实际支出为 " + Money.show(expenditure) + "，没有可支持的支出，支持金额为 0.00（以实际支出额为限）");
		}
		else if (expenditure.subtract(otherSubsidies).signum() <= 0) {
			c.step("实际支出 " + Money.show(expenditure) + " − " + otherSubsidiesLabel + " " + Money.show(otherSubsidies)
					+ " ≤ 0");
			c.refuse(ReasonCode.FULLY_SUBSIDISED, article);
		}
	}

	/** rate × (expenditure − other subsidies), down to the fen. */
	static BigDecimal percentOf(ItemCalc c, String who, BigDecimal rate, BigDecimal expenditure,
			BigDecimal otherSubsidies) {
		BigDecimal exact = rate.multiply(expenditure.subtract(otherSubsidies));
		BigDecimal amount = Money.fen(exact);
		c.step(who + Money.percent(rate) + " × (" + Money.show(expenditure) + " − " + Money.show(otherSubsidies)
				+ ") = " + Money.show(amount) + (amount.signum() == 0 && exact.signum() > 0 ? "（不足 0.01 元，按分向下取整）" : ""));
		return amount;
	}
}
