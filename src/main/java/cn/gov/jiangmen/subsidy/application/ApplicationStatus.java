package cn.gov.jiangmen.subsidy.application;

/** The statuses of CONTRACT.md, in the order of the procedure (第十三、十四条). */
public enum ApplicationStatus {
	DISTRICT_REVIEW, RETURNED, CITY_REVIEW, AWAITING_NOTICE, PUBLIC_NOTICE, OBJECTION_REVIEW,
	AWAITING_BUDGET, BUDGETED, FUNDS_RELEASED, DISBURSED, REJECTED, WITHDRAWN
}
