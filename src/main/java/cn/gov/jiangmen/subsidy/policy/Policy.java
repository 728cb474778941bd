package cn.gov.jiangmen.subsidy.policy;

import java.time.LocalDate;
import java.util.List;

/** A policy pack: one legal text's rules over its own dated parameters. */
public interface Policy {

	/** Stable id stored with every assessment, e.g. "jiangmen-2025". */
	String id();

	/**
	 * Assesses the items in order; annual caps and the booths of an exhibition count {@code prior}
	 * plus the earlier items of the same list. {@code today} is the day of the assessment in China:
	 * an item dated after it has not been paid yet. Parameters are still read on each item's own
	 * date. Pure: the same input gives the same output, and nothing is stored.
	 */
	Assessment assess(Enterprise enterprise, List<ClaimItem> items, PriorAwards prior, LocalDate today);
}
