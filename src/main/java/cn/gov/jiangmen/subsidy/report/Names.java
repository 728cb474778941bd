package cn.gov.jiangmen.subsidy.report;

import java.util.Map;

import cn.gov.jiangmen.subsidy.policy.District;

/** Chinese names of the codes the lists and statistics show. */
public final class Names {

	private static final Map<String, String> STATUSES = Map.ofEntries(Map.entry("DISTRICT_REVIEW", "区级初审"),
			Map.entry("RETURNED", "退回补正"), Map.entry("CITY_REVIEW", "市级复审"), Map.entry("AWAITING_NOTICE", "待公示"),
			Map.entry("PUBLIC_NOTICE", "公示中"), Map.entry("OBJECTION_REVIEW", "异议核查"),
			Map.entry("AWAITING_BUDGET", "待编入预算"), Map.entry("BUDGETED", "已编入预算"),
			Map.entry("FUNDS_RELEASED", "资金已下达"), Map.entry("DISBURSED", "已兑付"), Map.entry("REJECTED", "不予支持"),
			Map.entry("WITHDRAWN", "已撤回"));

	private static final Map<String, String> STEPS = Map.ofEntries(Map.entry("SUBMITTED", "提交申报"),
			Map.entry("ASSESSED", "系统测算"), Map.entry("DISTRICT_REVIEW", "区级初审"), Map.entry("RETURNED", "退回补正"),
			Map.entry("SUPPLEMENTED", "企业补正"), Map.entry("PLAN_REPORTED", "报送拟下达计划"),
			Map.entry("CITY_REVIEW", "市级复审"), Map.entry("NOTICE_PUBLISHED", "发布公示"),
			Map.entry("OBJECTION_RECEIVED", "收到异议"), Map.entry("OBJECTION_REMINDER", "异议核查提醒"),
			Map.entry("OBJECTION_ESCALATED", "异议核查逾期上报"), Map.entry("OBJECTION_INVESTIGATION", "异议重新调查"),
			Map.entry("OBJECTION_REVIEW", "异议核查"), Map.entry("PUBLIC_OBJECTION_SET_ASIDE", "公众异议不予受理"),
			Map.entry("BUDGET_INCLUDED", "编入预算"), Map.entry("FUNDS_RELEASED", "下达资金"),
			Map.entry("DISBURSED", "资金兑付"), Map.entry("FUND_USE_REPORTED", "报告资金使用"),
			Map.entry("CLAWED_BACK", "追回资金"), Map.entry("REJECTED", "不予支持"), Map.entry("WITHDRAWN", "撤回"));

	private static final Map<String, String> ENTRY_STATUSES = Map.of("RESERVED", "已核定未兑付", "PAID", "已兑付",
			"RELEASED", "已释放", "CLAWED_BACK", "已追回");

	private static final Map<String, String> BATCH_KINDS = Map.of("DISTRICT_PLAN", "拟下达项目计划表", "PUBLIC_NOTICE",
			"公示名单", "BUDGET", "预算编制清单", "FUNDS_RELEASE", "资金下达清单");

	private static final Map<String, String> BATCH_STATUSES = Map.of("OPEN", "汇集中", "CLOSED", "已办理", "DONE", "已办结");

	private Names() {
	}

	public static String status(String code) {
		return STATUSES.getOrDefault(code, code);
	}

	/** The place of a status in the procedure, for ordering. */
	static int statusOrder(String code) {
		int i = 0;
		for (cn.gov.jiangmen.subsidy.application.ApplicationStatus status : cn.gov.jiangmen.subsidy.application.ApplicationStatus.values()) {
			if (status.name().equals(code)) {
				return i;
			}
			i++;
		}
		return i;
	}

	/** A step of an application's history; an unknown step shows its code. */
	public static String step(String code) {
		return STEPS.getOrDefault(code, code);
	}

	public static String entryStatus(String code) {
		return ENTRY_STATUSES.getOrDefault(code, code);
	}

	static String batchKind(String code) {
		return BATCH_KINDS.getOrDefault(code, code);
	}

	static String batchStatus(String code) {
		return BATCH_STATUSES.getOrDefault(code, code);
	}

	/** A district's name; the city-wide scope of a batch is 市本级. */
	public static String district(String code) {
		if ("CITY".equals(code)) {
			return "全市";
		}
		try {
			return District.valueOf(code).label();
		}
		catch (IllegalArgumentException unknown) {
			return code;
		}
	}

}
