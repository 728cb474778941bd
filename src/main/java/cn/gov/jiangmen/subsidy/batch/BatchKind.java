package cn.gov.jiangmen.subsidy.batch;

import cn.gov.jiangmen.subsidy.procedure.ProcessConstants;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Elements;

/** The acts done once for a whole list, each by its own bureau (第十四条). */
public enum BatchKind {

	/** 三区商务主管部门确定拟下达项目计划报市商务局 */
	DISTRICT_PLAN("PLAN", ProcessConstants.PROCESS_DISTRICT_PLAN, Elements.REPORT_DISTRICT_PLAN, true),
	/** 市商务局拟定和公示经批准的项目计划 */
	PUBLIC_NOTICE("NOTICE", ProcessConstants.PROCESS_PUBLIC_NOTICE, Elements.PUBLISH_NOTICE, false),
	/** 由市商务局编入次年部门预算 */
	BUDGET("BUDGET", ProcessConstants.PROCESS_BUDGET_INCLUSION, Elements.INCLUDE_IN_BUDGET, false),
	/** 在年度预算开始后报市财政局下达资金 */
	FUNDS_RELEASE("RELEASE", ProcessConstants.PROCESS_FUNDS_RELEASE, Elements.RELEASE_FUNDS, false);

	static final String CITY_SCOPE = "CITY";

	private final String prefix;
	private final String processKey;
	private final String taskKey;
	private final boolean perDistrict;

	BatchKind(String prefix, String processKey, String taskKey, boolean perDistrict) {
		this.prefix = prefix;
		this.processKey = processKey;
		this.taskKey = taskKey;
		this.perDistrict = perDistrict;
	}

	String prefix() {
		return prefix;
	}

	String processKey() {
		return processKey;
	}

	/** The officer's one task in the batch process of this kind. */
	public String taskKey() {
		return taskKey;
	}

	String scopeOf(String district) {
		return perDistrict ? district : CITY_SCOPE;
	}

}
