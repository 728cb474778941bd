package cn.gov.jiangmen.subsidy.policy.yueqing;

import cn.gov.jiangmen.subsidy.policy.ItemKind;

/** The kinds of claim item of the Yueqing draft that the pack computes, one per article. */
public enum YueqingItemType implements ItemKind {
	KEY_OVERSEAS_EXHIBITION("重点支持的境外展会"),
	OTHER_OVERSEAS_EXHIBITION("非重点支持的其他境外展会"),
	PRODUCT_CERTIFICATION("境外产品认证"),
	TRADEMARK_REGISTRATION("境外注册商标"),
	OFFSHORE_OUTSOURCING("离岸服务外包"),
	EXPORT_CREDIT_INSURANCE("出口信用保险"),
	AEO_CERTIFICATION("海关AEO高级认证");

	private final String label;

	YueqingItemType(String label) {
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
