package cn.gov.jiangmen.subsidy.policy;

/**
 * A kind of claim item of one policy pack. Caps and once-only awards are kept per kind, and the
 * ledger stores the code, so a pack's codes must stay stable once anything has been granted.
 */
public interface ItemKind {

	/** Stable within its pack, e.g. "EXPORT_CREDIT_INSURANCE". */
	public String code();

	/** What officers read, e.g. "短期出口信用保险". */
	public String label();
}
