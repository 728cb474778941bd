package cn.gov.jiangmen.subsidy.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reasons an item is not supported, in the order they were found, each once. A check that may
 * find something against an item answers {@code Optional<Refusal>}; {@link #all} gathers what several
 * checks found, so that an applicant reads every reason at once, not one per attempt.
 */
public record Refusal(List<ReasonCode> reasons) implements Outcome {

	public Refusal {
		reasons = List.copyOf(new LinkedHashSet<>(reasons));
		if (reasons.isEmpty()) {
			throw new IllegalArgumentException("a refusal has at least one reason");
		}
	}

	public static Refusal of(ReasonCode reason) {
		return new Refusal(List.of(reason));
	}

	/** This refusal's reasons, then the other's that are not among them. */
	public Refusal and(Refusal other) {
		List<ReasonCode> both = new ArrayList<>(reasons);
		both.addAll(other.reasons);
		return new Refusal(both);
	}

	/** What the checks found, together; empty when none found anything. */
	@SafeVarargs
	public static Optional<Refusal> all(Optional<Refusal>... found) {
		Optional<Refusal> together = Optional.empty();
		for (Optional<Refusal> one : found) {
			if (one.isPresent()) {
				together = Optional.of(together.map(sofar -> sofar.and(one.get())).orElse(one.get()));
			}
		}
		return together;
	}

	@Override
	public Outcome andThen(Function<Grant, Outcome> next) {
		return this;
	}

	@Override
	public <R> R fold(Function<Refusal, R> refused, Function<Grant, R> granted) {
		return refused.apply(this);
	}
}
