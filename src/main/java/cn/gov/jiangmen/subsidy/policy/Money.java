package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan at two decimals, always rounded down: never pay a fen more than a rule allows. */
public final class Money {

	public static final BigDecimal ZERO = new BigDecimal("0.00");

	private Money() {
	}

	public static BigDecimal fen(BigDecimal value) {
		return value.setScale(2, RoundingMode.DOWN);
	}

	public static BigDecimal min(BigDecimal a, BigDecimal b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	public static BigDecimal positivePart(BigDecimal value) {
		return value.signum() < 0 ? ZERO : value;
	}

	public static String show(BigDecimal value) {
		return value.setScale(Math.max(2, value.scale()), RoundingMode.UNNECESSARY).toPlainString();
	}

	/** 0.05 → "5%", 0.025 → "2.5%". */
	public static String percent(BigDecimal rate) {
		return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}
}
