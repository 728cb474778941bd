package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Prior awards plus what the earlier items of the same request were granted. */
final class RunningAwards {

	private final PriorAwards prior;
	private final Map<ItemKind, Map<Integer, BigDecimal>> granted = new HashMap<>();
	private final Map<ItemKind, Map<Integer, Integer>> counted = new HashMap<>();

	RunningAwards(PriorAwards prior) {
		this.prior = prior;
	}

	BigDecimal inYear(ItemKind kind, int year) {
		return prior.awardedInYear(kind, year)
			.add(granted.getOrDefault(kind, Map.of()).getOrDefault(year, BigDecimal.ZERO));
	}

	int countInYear(ItemKind kind, int year) {
		return prior.countInYear(kind, year) + counted.getOrDefault(kind, Map.of()).getOrDefault(year, 0);
	}

	boolean ever(ItemKind kind) {
		return prior.awardedEver(kind) || granted.containsKey(kind);
	}

	/** Only an item paid more than zero counts, as only such an item is entered in the ledger. */
	void add(ItemAssessment assessment, int year) {
		if (assessment.eligible() && assessment.amount().signum() > 0) {
			granted.computeIfAbsent(assessment.type(), t -> new HashMap<>())
				.merge(year, assessment.amount(), BigDecimal::add);
			counted.computeIfAbsent(assessment.type(), t -> new HashMap<>()).merge(year, 1, Integer::sum);
		}
	}
}
