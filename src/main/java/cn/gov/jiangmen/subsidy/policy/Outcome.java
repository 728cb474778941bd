package cn.gov.jiangmen.subsidy.policy;

import java.util.function.Function;

/**
 * What a rule decides for one item: an amount ({@link Grant}) or the reasons against it
 * ({@link Refusal}). Whether an item is refused is answered by this value, never by a flag on the
 * working sheet; the sheet keeps only the trace.
 */
public sealed interface Outcome permits Grant, Refusal {

	/** The next step of the computation on a grant; a refusal stays what it is. */
	public Outcome andThen(Function<Grant, Outcome> next);

	/** One of two answers, by what was decided. */
	public <R> R fold(Function<Refusal, R> refused, Function<Grant, R> granted);
}
