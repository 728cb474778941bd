package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** The outcome for a whole request; total is the sum of the item amounts. */
public record Assessment(String policyId, List<ItemAssessment> items, BigDecimal total) {

	public Assessment {
		ValueChecks.requireText(policyId, "policyId");
		items = List.copyOf(items);
		BigDecimal sum = items.stream().map(ItemAssessment::amount).reduce(Money.ZERO, BigDecimal::add);
		if (Objects.requireNonNull(total, "total").compareTo(sum) != 0 || total.scale() != 2) {
			throw new IllegalArgumentException("total " + total + " is not the sum of the items " + sum);
		}
	}

	public static Assessment of(String policyId, List<ItemAssessment> items) {
		return new Assessment(policyId, items,
				items.stream().map(ItemAssessment::amount).reduce(Money.ZERO, BigDecimal::add));
	}
}
