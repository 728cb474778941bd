package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;

/**
 * An amount cap per enterprise, item kind and calendar year of the item's date. It counts prior
 * awards and the earlier items of the same request; a partly used cap pays what is left. A refusal
 * names the article of the item's own cap.
 */
public final class AnnualCap {

	private AnnualCap() {
	}

	/** The grant within what is left of the cap, or a refusal when nothing is left. */
	public static Outcome limit(WorkingSheet c, ItemKind kind, ParameterKey capParameter, Grant grant,
			RunningAwards awards) {
		BigDecimal cap = c.param(capParameter);
		int year = c.date().getYear();
		BigDecimal used = awards.inYear(kind, year);
		BigDecimal left = Money.positivePart(cap.subtract(used));
		c.step("年度上限 " + Money.show(cap) + " − " + year + "年已获 " + Money.show(used) + " = 剩余 " + Money.show(left));
		if (left.signum() <= 0) {
			return c.refuse(ReasonCode.ANNUAL_CAP_REACHED, c.articleOf(capParameter));
		}
		Grant limited = grant.limitedTo(left);
		if (limited.total().compareTo(grant.total()) < 0) {
			c.step("按剩余额度支付：min(" + Money.show(grant.main()) + ", " + Money.show(left) + ") = "
					+ Money.show(limited.main()) + (grant.topUp().signum() > 0 ? "，加码 min(" + Money.show(grant.topUp())
							+ ", " + Money.show(left) + " − " + Money.show(limited.main()) + ") = "
							+ Money.show(limited.topUp()) : ""));
		}
		return limited;
	}
}
