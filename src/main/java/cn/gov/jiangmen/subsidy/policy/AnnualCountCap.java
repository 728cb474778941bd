package cn.gov.jiangmen.subsidy.policy;

import java.util.Optional;

/**
 * At most so many items of a kind per enterprise and calendar year of the item's date ("每家企业每年
 * 最多补助3个展会"). It counts prior awards and the earlier items of the same request that were paid
 * more than zero.
 */
public final class AnnualCountCap {

	private AnnualCountCap() {
	}

	/** A refusal when the year already holds as many items as the cap allows. */
	public static Optional<Refusal> reached(WorkingSheet c, ItemKind kind, ParameterKey capParameter,
			RunningAwards awards) {
		int cap = c.count(capParameter);
		int year = c.date().getYear();
		int held = awards.countInYear(kind, year);
		c.step("每家企业每年最多 " + cap + " 个，" + year + "年已支持 " + held + " 个");
		if (held >= cap) {
			return Optional.of(c.refuse(ReasonCode.ANNUAL_COUNT_CAP_REACHED));
		}
		return Optional.empty();
	}
}
