package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Prior awards plus what the earlier items of the same request were granted. */
final class RunningAwards {

	private final PriorAwards prior;
	private final Map<ItemType, Map<Integer, BigDecimal>> granted = new EnumMap<>(ItemType.class);

	RunningAwards(PriorAwards prior) {
		this.prior = prior;
	}

	BigDecimal inYear(ItemType type, int year) {
		return prior.awardedInYear(type, year)
			.add(granted.getOrDefault(type, Map.of()).getOrDefault(year, BigDecimal.ZERO));
	}

	boolean ever(ItemType type) {
		return prior.awardedEver(type) || granted.containsKey(type);
	}

	void add(ItemAssessment assessment, int year) {
		if (assessment.eligible() && assessment.amount().signum() > 0) {
			granted.computeIfAbsent(assessment.type(), t -> new HashMap<>())
				.merge(year, assessment.amount(), BigDecimal::add);
		}
	}
}
