package cn.gov.jiangmen.subsidy.policy;

/** 标准展位 or 特装展位 (第九条). */
public enum BoothKind {
	STANDARD,
	SPECIAL
}
