package cn.gov.jiangmen.subsidy.policy;

import java.util.List;

/** A policy pack: one legal text's rules over its own dated parameters. */
public interface Policy {

	/** Stable id stored with every assessment, e.g. "jiangmen-2025". */
	String id();

	/**
	 * Assesses the items in order; annual caps count {@code prior} plus the earlier items of the
	 * same list. Pure: the same input gives the same output, and nothing is stored.
	 */
	Assessment assess(Enterprise enterprise, List<ClaimItem> items, PriorAwards prior);
}
