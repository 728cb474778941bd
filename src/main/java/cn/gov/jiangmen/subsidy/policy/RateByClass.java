package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * A rate, and optionally a maximum, chosen by the class an enterprise or item falls in: the first
 * tier that applies wins ("重点企业保费补助提高到80%", "RCEP国家给予60%的补助，最高6万元"). The
 * numbers are parameters of the data file; the tiers only say when each applies.
 */
public final class RateByClass {

	private RateByClass() {
	}

	/** One class: its wording for the trace, whether the item is in it, and its parameters (max may be null). */
	public record Tier(String label, boolean applies, ParameterKey rateParameter, ParameterKey maxParameter) {

		public static Tier otherwise(String label, ParameterKey rateParameter, ParameterKey maxParameter) {
			return new Tier(label, true, rateParameter, maxParameter);
		}
	}

	/** The terms of the chosen tier; max is null when the tier has none. */
	public record Terms(BigDecimal rate, BigDecimal max) {
	}

	/** The last tier should apply always; none applying is a pack's programming error. */
	public static Terms choose(WorkingSheet c, List<Tier> tiers) {
		Tier tier = tiers.stream().filter(Tier::applies).findFirst()
			.orElseThrow(() -> new IllegalStateException("no tier applies and none is the general one"));
		BigDecimal rate = c.param(tier.rateParameter());
		BigDecimal max = tier.maxParameter() == null ? null : c.param(tier.maxParameter());
		c.step(tier.label() + "：比例 " + Money.percent(rate) + (max == null ? "" : "，最高 " + Money.show(max)));
		return new Terms(rate, max);
	}
}
