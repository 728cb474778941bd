package cn.gov.jiangmen.subsidy.call;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.gov.jiangmen.subsidy.policy.CallPeriod;

/**
 * A call for applications (申报通知, 第四条 第十三条) as the city bureau publishes it: enterprises
 * apply from {@code opensOn} to {@code closesOn} (China dates, both included) for expenses dated
 * from {@code periodFrom} to {@code periodTo}. The bureau may close it early.
 */
public record Call(long id, String title, String documentNo, LocalDate opensOn, LocalDate closesOn,
		LocalDate periodFrom, LocalDate periodTo, String publishedBy, OffsetDateTime publishedAt, String closedBy,
		OffsetDateTime closedAt) {

	public boolean isOpenOn(LocalDate day) {
		return closedAt == null && !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

	public boolean isClosedEarly() {
		return closedAt != null;
	}

	public CallPeriod period() {
		return new CallPeriod(periodFrom, periodTo);
	}

}
