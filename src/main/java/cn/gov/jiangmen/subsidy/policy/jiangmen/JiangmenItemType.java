package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.ItemKind;

/** The kinds of claim item of CONTRACT.md, one per supported activity of 第八条. */
public enum JiangmenItemType implements ItemKind {
	OVERSEAS_EXHIBITION("境外参展"),
	HKMT_EXHIBITION("港澳台参展"),
	DOMESTIC_EXHIBITION("境内参展"),
	EXPORT_CREDIT_INSURANCE("短期出口信用保险"),
	CREDIT_SERVICE("中信保资信服务"),
	OVERSEAS_INVESTMENT_INSURANCE("境外投资保险"),
	AEO_CERTIFICATION("海关AEO高级认证"),
	CANTON_FAIR_DESIGN_AWARD("广交会设计创新奖");

	private final String label;

	JiangmenItemType(String label) {
		this.label = label;
	}

	@Override
	public String code() {
		return name();
	}

	@Override
	public String label() {
		return label;
	}
}
