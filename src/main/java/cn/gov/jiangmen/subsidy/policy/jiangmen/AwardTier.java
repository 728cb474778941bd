package cn.gov.jiangmen.subsidy.policy.jiangmen;

/** 广交会设计创新奖 tiers (第十一条第（二）项). */
public enum AwardTier {
	SUPREME_GOLD("至尊金奖"),
	GOLD("金奖"),
	SILVER("银奖"),
	BRONZE("铜奖");

	private final String label;

	AwardTier(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
