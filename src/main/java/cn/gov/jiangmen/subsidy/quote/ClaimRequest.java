package cn.gov.jiangmen.subsidy.quote;

import java.util.List;
import java.util.Objects;

import cn.gov.jiangmen.subsidy.policy.ClaimItem;
import cn.gov.jiangmen.subsidy.policy.Enterprise;

/**
 * A quote or an application as read from its JSON body: one enterprise, 1 to 50 items in their
 * order, and where the money is paid when the applicant said so ({@code bankAccount}, else null).
 */
public record ClaimRequest(Enterprise enterprise, List<ClaimItem> items, BankAccount bankAccount) {

	public static final int MAX_ITEMS = 50;

	public ClaimRequest {
		Objects.requireNonNull(enterprise, "enterprise");
		items = List.copyOf(items);
		if (items.isEmpty() || items.size() > MAX_ITEMS) {
			throw new IllegalArgumentException("a request has 1 to " + MAX_ITEMS + " items, not " + items.size());
		}
	}

	public ClaimRequest(Enterprise enterprise, List<ClaimItem> items) {
		this(enterprise, items, null);
	}
}
