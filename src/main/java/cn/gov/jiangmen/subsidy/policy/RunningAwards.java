package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Prior awards plus what the earlier items of the same request were granted. */
final class RunningAwards {

	private final PriorAwards prior;
	private final Map<ItemKind, Map<Integer, BigDecimal>> granted = new HashMap<>();
	private final Map<ItemKind, Map<Integer, Integer>> counted = new HashMap<>();
	private final List<HeldBooths> booths = new ArrayList<>();

	RunningAwards(PriorAwards prior) {
		this.prior = prior;
	}

	/** How a pack assesses one item, given what the enterprise holds so far. */
	interface ItemRule {
		ItemAssessment assess(int index, ClaimItem item, RunningAwards awards);
	}

	/**
	 * Assesses the items in order, so that each item's caps count the prior awards and what the
	 * earlier items of the same list were granted. Items of another pack's kinds are refused
	 * outright: their rules are not this pack's.
	 */
	static Assessment assessInOrder(String policyId, Class<? extends ItemKind> ownKinds, List<ClaimItem> items,
			PriorAwards prior, ItemRule rule) {
		for (ClaimItem item : items) {
			if (!ownKinds.isInstance(item.type())) {
				throw new IllegalArgumentException("not an item of " + policyId + ": " + item.type().code());
			}
		}
		RunningAwards awards = new RunningAwards(prior);
		List<ItemAssessment> assessed = new ArrayList<>();
		for (int index = 0; index < items.size(); index++) {
			ClaimItem item = items.get(index);
			ItemAssessment assessment = rule.assess(index, item, awards);
			awards.add(assessment, item.date().getYear());
			assessed.add(assessment);
		}
		return Assessment.of(policyId, assessed);
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

	/** Booths held at the same project, by earlier applications first, then by earlier items of this request. */
	List<HeldBooths> boothsAt(ExhibitionProject project) {
		return held().filter(h -> h.use().project().sameProjectAs(project)).toList();
	}

	/** Booths held at the same host and day under another name: the same fair under two names, perhaps. */
	List<HeldBooths> boothsAtSameHostAndDayElsewhere(ExhibitionProject project) {
		return held().filter(h -> h.use().project().sameHostAndDay(project) && !h.use().project().sameProjectAs(project))
			.toList();
	}

	private Stream<HeldBooths> held() {
		return Stream.concat(prior.exhibitionBooths().stream(), booths.stream());
	}

	/** Only an item paid more than zero counts, as only such an item is entered in the ledger. */
	void add(ItemAssessment assessment, int year) {
		if (assessment.eligible() && assessment.amount().signum() > 0) {
			granted.computeIfAbsent(assessment.type(), t -> new HashMap<>())
				.merge(year, assessment.amount(), BigDecimal::add);
			counted.computeIfAbsent(assessment.type(), t -> new HashMap<>()).merge(year, 1, Integer::sum);
			if (assessment.boothUse() != null && assessment.boothUse().booths() > 0) {
				booths.add(new HeldBooths(null, assessment.index(), assessment.boothUse()));
			}
		}
	}
}
