package cn.gov.jiangmen.subsidy.application;

/** The statuses of CONTRACT.md, in the order of the procedure (第十三、十四条), with the words an enterprise reads. */
public enum ApplicationStatus {
	DISTRICT_REVIEW("区级初审中"),
	RETURNED("退回补正"),
	CITY_REVIEW("市级复审中"),
	AWAITING_NOTICE("待公示"),
	PUBLIC_NOTICE("公示中"),
	OBJECTION_REVIEW("异议核查中"),
	AWAITING_BUDGET("待编入预算"),
	BUDGETED("已编入预算"),
	FUNDS_RELEASED("资金已下达，待兑付"),
	DISBURSED("已兑付"),
	REJECTED("不予支持"),
	WITHDRAWN("已撤回");

	private final String label;

	ApplicationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Nothing more will happen to the application. */
	public boolean isFinal() {
		return this == DISBURSED || this == REJECTED || this == WITHDRAWN;
	}
}
