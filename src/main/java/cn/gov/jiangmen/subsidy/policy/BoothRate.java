package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A rate of the booth fee, at most a maximum per counted booth, at most so many booths ("给予展位费70%
 * 的补助，每个展位不超过2万元，每个展会最多补助4个标准展位（9平方米/个）"). The fee of the space beyond
 * the booth limit is not supported: with 5 booths and a limit of 4, four fifths of the fee are.
 */
public final class BoothRate {

	private BoothRate() {
	}

	/** The amount; a refusal only if the booth limit left nothing, which no earlier item can do here. */
	public static Outcome of(WorkingSheet c, Booths booths, ParameterKey maxBoothsParameter, BigDecimal rate,
			BigDecimal perBoothMax, BigDecimal fee, BigDecimal otherSubsidies) {
		BoothCount.Counted count = BoothCount.of(booths, c, maxBoothsParameter, maxBoothsParameter, List.of());
		Optional<Refusal> usedUp = count.refusedWhenUsedUp(c, c.articleOf(maxBoothsParameter));
		if (usedUp.isPresent()) {
			return usedUp.get();
		}
		int counted = count.counted();
		BigDecimal supported = withinLimit(c, booths, c.count(maxBoothsParameter), fee, otherSubsidies);
		BigDecimal byRate = Money.fen(rate.multiply(supported));
		BigDecimal byBooths = perBoothMax.multiply(BigDecimal.valueOf(counted));
		BigDecimal amount = Money.fen(Money.min(byRate, byBooths));
		c.step("min(" + Money.percent(rate) + " × " + Money.show(supported) + " = " + Money.show(byRate) + ", " + counted
				+ " × " + Money.show(perBoothMax) + ") = " + Money.show(amount));
		return Grant.of(amount);
	}

	/** Expenditure less other subsidies, for the booths (or the m²) within the limit only. */
	private static BigDecimal withinLimit(WorkingSheet c, Booths booths, int max, BigDecimal fee, BigDecimal other) {
		BigDecimal base = fee.subtract(other);
		String baseShown = "(" + Money.show(fee) + " − " + Money.show(other) + ")";
		if (booths.kind() == BoothKind.STANDARD) {
			if (booths.count() <= max) {
				c.step("展位费 " + baseShown + " = " + Money.show(base));
				return base;
			}
			BigDecimal share = base.multiply(BigDecimal.valueOf(max))
				.divide(BigDecimal.valueOf(booths.count()), 2, RoundingMode.DOWN);
			c.step("超出 " + max + " 个标准展位的部分不予补助：" + baseShown + " × " + max + " ÷ " + booths.count() + " = "
					+ Money.show(share));
			return share;
		}
		BigDecimal area = booths.areaSqm();
		BigDecimal limit = c.param(BoothCount.STANDARD_AREA).multiply(BigDecimal.valueOf(max));
		if (area.compareTo(limit) <= 0) {
			c.step("展位费 " + baseShown + " = " + Money.show(base));
			return base;
		}
		BigDecimal share = base.multiply(limit).divide(area, 2, RoundingMode.DOWN);
		c.step("特装展位超出 " + limit.toPlainString() + " m² 的部分不予补助：" + baseShown + " × " + limit.toPlainString()
				+ " m² ÷ " + area.toPlainString() + " m² = " + Money.show(share));
		return share;
	}
}
