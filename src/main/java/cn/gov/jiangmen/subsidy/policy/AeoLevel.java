package cn.gov.jiangmen.subsidy.policy;

/** 认证企业类型 on the customs AEO certificate (第十一条第（一）项). */
public enum AeoLevel {
	ADVANCED,
	GENERAL
}
