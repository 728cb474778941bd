package cn.gov.jiangmen.subsidy.policy;

/** Who pays a district's enterprises. */
public enum Funding {
	/** 第二条, 第三条: the city pays, except a district's own insurance top-up. */
	CITY,
	/** 第十九条: a county-level city adopting the rules with its own money pays everything itself. */
	SELF,
	/** Not covered: the default for the four county-level cities. */
	NONE
}
