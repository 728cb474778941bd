package cn.gov.jiangmen.subsidy.application;

/**
 * Published, inside the transaction that made it, whenever an application enters a status; the
 * notifications listen. {@code reason} is the rejection's or withdrawal's reason where there is one.
 */
public record ApplicationStatusChanged(String applicationId, String creditCode, ApplicationStatus status,
		String reason) {
}
