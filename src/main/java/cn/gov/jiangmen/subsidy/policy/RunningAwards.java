package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Prior awards plus what the earlier items of the same request were granted. */
public final class RunningAwards {

	private final PriorAwards prior;
	private final Map<ItemKind, Map<Integer, BigDecimal>> granted = new HashMap<>();
	private final Map<ItemKind, Map<Integer, Integer>> counted = new HashMap<>();
	private final List<HeldBooths> booths = new ArrayList<>();

	public RunningAwards(PriorAwards prior) {
		this.prior = prior;
	}

	/** How a pack assesses one item of its own, given what the enterprise holds so far. */
	public interface ItemRule<I extends ClaimItem> {
		ItemAssessment assess(int index, I item, RunningAwards awards);
	}

	/**
	 * Assesses the items in order, so that each item's caps count the prior awards and what the
	 * earlier items of the same list were granted. {@code ownItems} is the pack's sealed item type:
	 * an item of another pack is refused outright, as its rules are not this pack's.
	 */
	public static <I extends ClaimItem> Assessment assessInOrder(String policyId, Class<I> ownItems,
			List<ClaimItem> items, PriorAwards prior, ItemRule<I> rule) {
		List<I> own = new ArrayList<>();
		for (ClaimItem item : items) {
			if (!ownItems.isInstance(item)) {
				throw new IllegalArgumentException("not an item of " + policyId + ": " + item.type().code());
			}
			own.add(ownItems.cast(item));
		}
		RunningAwards awards = new RunningAwards(prior);
		List<ItemAssessment> assessed = new ArrayList<>();
		for (int index = 0; index < own.size(); index++) {
			I item = own.get(index);
			ItemAssessment assessment = rule.assess(index, item, awards);
			awards.add(assessment, item.date().getYear());
			assessed.add(assessment);
		}
		return Assessment.of(policyId, assessed);
	}

	public BigDecimal inYear(ItemKind kind, int year) {
		return prior.awardedInYear(kind, year)
			.add(granted.getOrDefault(kind, Map.of()).getOrDefault(year, BigDecimal.ZERO));
	}

	public int countInYear(ItemKind kind, int year) {
		return prior.countInYear(kind, year) + counted.getOrDefault(kind, Map.of()).getOrDefault(year, 0);
	}

	public boolean ever(ItemKind kind) {
		return prior.awardedEver(kind) || granted.containsKey(kind);
	}

	/** Booths held at the same project, by earlier applications first, then by earlier items of this request. */
	public List<HeldBooths> boothsAt(ExhibitionProject project) {
		return held().filter(h -> h.use().project().sameProjectAs(project)).toList();
	}

	/** Booths held at the same host and day under another name: the same fair under two names, perhaps. */
	public List<HeldBooths> boothsAtSameHostAndDayElsewhere(ExhibitionProject project) {
		return held().filter(h -> h.use().project().sameHostAndDay(project) && !h.use().project().sameProjectAs(project))
			.toList();
	}

	private Stream<HeldBooths> held() {
		return Stream.concat(prior.exhibitionBooths().stream(), booths.stream());
	}

	/** Only an item paid more than zero counts, as only such an item is entered in the ledger. */
	public void add(ItemAssessment assessment, int year) {
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
