package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;

/** An applicant may ask for less than the rules allow; it is paid what it asked for. */
public final class RequestedAmount {

	private RequestedAmount() {
	}

	public static Grant limit(WorkingSheet c, BigDecimal requested, Grant grant) {
		if (requested == null || requested.compareTo(grant.total()) >= 0) {
			return grant;
		}
		c.step("申请额 " + Money.show(requested) + " 低于测算额 " + Money.show(grant.total()) + "，按申请额支付");
		return grant.limitedTo(requested);
	}
}
