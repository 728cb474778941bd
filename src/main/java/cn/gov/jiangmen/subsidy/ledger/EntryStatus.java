package cn.gov.jiangmen.subsidy.ledger;

/** The life of a granted amount. Only RESERVED and PAID count against caps. */
public enum EntryStatus {
	/** Granted by an application still under way. */
	RESERVED,
	/** Paid out by the district (第十四条). */
	PAID,
	/** The application was rejected or withdrawn; the amount is free again. */
	RELEASED,
	/** Recovered after payment (第十五条); void, so it no longer counts against a cap. */
	CLAWED_BACK;

	boolean active() {
		return this == RESERVED || this == PAID;
	}
}
