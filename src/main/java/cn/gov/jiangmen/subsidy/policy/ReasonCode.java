package cn.gov.jiangmen.subsidy.policy;

/**
 * Why an item is refused: the codes of CONTRACT.md, and two for the rule kinds a second pack
 * brought. The labels are Jiangmen's wording and say no date, session or amount: a pack words a
 * refusal in its trace from its own parameters (the period's dates, the first session, the
 * article of the item's own cap), and another pack words the codes in its own terms.
 */
public enum ReasonCode {
	OUTSIDE_FUNDED_DISTRICTS("申报主体不在市级资金支持的区域（第二条、第十九条）"),
	NO_TRADE_RECORD("自2024年起无出口实绩（第二条）"),
	NOT_IN_KEY_EXHIBITION_PLAN("展会不在《江门市重点展览计划》内（第九条）"),
	CONSUMER_FAIR("面向消费者或以零售为目的的展会不予支持（第九条第（二）项）"),
	OUTSIDE_POLICY_PERIOD("项目发生时间不在本细则规定的期限内（第十二条）"),
	OUTSIDE_CALL_PERIOD("项目发生时间不在本次申报通知的申报期间内（第十三条）"),
	PLATFORM_INSURANCE("平台类保险不予支持（第十条第（一）项）"),
	NO_INVESTMENT_CERTIFICATE("未取得《企业境外投资证书》（第九条第（一）项第3目、第十条第（三）项）"),
	NOT_ADVANCED_AEO("认证企业类型不是高级认证（第十一条第（一）项）"),
	NOT_FIRST_AEO("不是首次获得AEO认证（第十一条第（一）项）"),
	AEO_ALREADY_SUPPORTED("该企业已获AEO认证支持（第十一条第（一）项）"),
	AWARD_SESSION_TOO_EARLY("早于支持的首届广交会的设计创新奖不予支持（第十一条第（二）项）"),
	FULLY_SUBSIDISED("国家、省同类补贴已覆盖实际支出（第十二条）"),
	EXCEEDS_ACTUAL_EXPENDITURE("申请金额超出实际支出额（第十二条）"),
	ANNUAL_CAP_REACHED("已达每家企业年度支持上限（第十条）"),
	EXHIBITION_BOOTHS_USED("本企业在同一展会项目的支持展位数已用完（第九条）"),
	NOT_YET_PAID("项目日期晚于今天（北京时间），费用尚未实际发生或缴纳"),
	NO_TRADE_IN_YEAR("缴费当年及上一年均无进出口实绩（第十条第（一）项）"),
	PAID_BEFORE_CERTIFICATE("保费缴纳于取得《企业境外投资证书》之前（第十条第（三）项）"),
	ANNUAL_COUNT_CAP_REACHED("已达每家企业每年支持的项目个数上限"),
	BELOW_REWARD_THRESHOLD("未达到奖励起点");

	private final String label;

	ReasonCode(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
