package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.Optional;

/** 第十二条: only the actual expenditure not yet covered by national or provincial subsidies is supported. */
public final class ActualExpenditure {

	public static final String ARTICLE = "第十二条";

	private ActualExpenditure() {
	}

	/**
	 * A refusal when the request exceeds the expenditure or other subsidies cover it (both reasons
	 * when both hold). An item with no expenditure and no other subsidy claimed nothing: it is not
	 * "fully subsidised", it is supported with 0.00, and the trace says why.
	 */
	public static Optional<Refusal> check(WorkingSheet c, BigDecimal expenditure, BigDecimal otherSubsidies,
			BigDecimal requested) {
		return check(c, ARTICLE, "已获国家、省补贴", expenditure, otherSubsidies, requested);
	}

	/** The same check under another pack's article, with that pack's name for the other subsidies. */
	public static Optional<Refusal> check(WorkingSheet c, String article, String otherSubsidiesLabel,
			BigDecimal expenditure, BigDecimal otherSubsidies, BigDecimal requested) {
		c.cite(article);
		Optional<Refusal> exceeds = Optional.empty();
		if (requested != null && requested.compareTo(expenditure) > 0) {
			c.step("申请额 " + Money.show(requested) + " > 实际支出 " + Money.show(expenditure));
			exceeds = Optional.of(c.refuse(ReasonCode.EXCEEDS_ACTUAL_EXPENDITURE, article));
		}
		Optional<Refusal> covered = Optional.empty();
		if (expenditure.signum() == 0 && otherSubsidies.signum() == 0) {
			c.step("实际支出为 " + Money.show(expenditure) + "，没有可支持的支出，支持金额为 0.00（以实际支出额为限）");
		}
		else if (expenditure.subtract(otherSubsidies).signum() <= 0) {
			c.step("实际支出 " + Money.show(expenditure) + " − " + otherSubsidiesLabel + " " + Money.show(otherSubsidies)
					+ " ≤ 0");
			covered = Optional.of(c.refuse(ReasonCode.FULLY_SUBSIDISED, article));
		}
		return Refusal.all(exceeds, covered);
	}

	/** rate × (expenditure − other subsidies), down to the fen. */
	public static BigDecimal percentOf(WorkingSheet c, String who, BigDecimal rate, BigDecimal expenditure,
			BigDecimal otherSubsidies) {
		BigDecimal exact = rate.multiply(expenditure.subtract(otherSubsidies));
		BigDecimal amount = Money.fen(exact);
		c.step(who + Money.percent(rate) + " × (" + Money.show(expenditure) + " − " + Money.show(otherSubsidies)
				+ ") = " + Money.show(amount) + (amount.signum() == 0 && exact.signum() > 0 ? "（不足 0.01 元，按分向下取整）" : ""));
		return amount;
	}
}
