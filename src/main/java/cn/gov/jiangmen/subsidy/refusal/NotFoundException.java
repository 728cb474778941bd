package cn.gov.jiangmen.subsidy.refusal;

/**
 * What was asked for does not exist, or is not the caller's to see: another district's or
 * enterprise's application is absent, with no hint that it exists.
 */
public final class NotFoundException extends RefusedException {

	public NotFoundException(String message) {
		super(message);
	}

	/** 申报不存在: JM-2026-000001 */
	public static NotFoundException application(String applicationId) {
		return new NotFoundException("申报不存在: " + applicationId);
	}

}
