package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One thing an enterprise asks support for. Not sealed: each pack brings its own records, and a
 * pack refuses an item whose kind is not one of its own.
 */
public interface ClaimItem {

	public ItemKind type();

	/** The date the item happened on; parameters are looked up by it, never by today's date. */
	public LocalDate date();

	/** What the applicant asks for, or null when it asks for whatever the rules allow. */
	public BigDecimal requestedAmount();
}
