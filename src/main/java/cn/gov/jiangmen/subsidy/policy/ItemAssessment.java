package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The outcome for one item. amount = cityAmount + districtAmount, all in yuan at two decimals; an
 * ineligible item pays nothing and says why. {@code boothUse} is what a supported exhibition item
 * takes of its project's booth limits (第九条), and null for any other item.
 */
public record ItemAssessment(int index, ItemKind type, boolean eligible, BigDecimal amount, BigDecimal cityAmount,
		BigDecimal districtAmount, List<String> articles, List<ReasonCode> reasons, String trace, BoothUse boothUse) {

	public ItemAssessment {
		Objects.requireNonNull(type, "type");
		for (BigDecimal money : List.of(amount, cityAmount, districtAmount)) {
			if (money.scale() != 2 || money.signum() < 0) {
				throw new IllegalArgumentException("amounts are non-negative yuan with two decimals: " + money);
			}
		}
		if (amount.compareTo(cityAmount.add(districtAmount)) != 0) {
			throw new IllegalArgumentException("amount " + amount + " is not city + district");
		}
		reasons = List.copyOf(reasons);
		articles = List.copyOf(articles);
		if (eligible != reasons.isEmpty()) {
			throw new IllegalArgumentException("an item is eligible exactly when there is no reason against it");
		}
		if (!eligible && amount.signum() != 0) {
			throw new IllegalArgumentException("an ineligible item pays nothing");
		}
		Objects.requireNonNull(trace, "trace");
		if (!eligible && boothUse != null) {
			throw new IllegalArgumentException("an ineligible item takes no booths");
		}
	}

	public ItemAssessment(int index, ItemKind type, boolean eligible, BigDecimal amount, BigDecimal cityAmount,
			BigDecimal districtAmount, List<String> articles, List<ReasonCode> reasons, String trace) {
		this(index, type, eligible, amount, cityAmount, districtAmount, articles, reasons, trace, null);
	}
}
