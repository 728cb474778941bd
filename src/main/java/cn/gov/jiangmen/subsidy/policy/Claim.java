package cn.gov.jiangmen.subsidy.policy;

import java.util.List;
import java.util.Objects;

/** What an enterprise asks support for: the applicant and its items, in their order. */
public record Claim(Enterprise enterprise, List<ClaimItem> items) {

	public Claim {
		Objects.requireNonNull(enterprise, "enterprise");
		items = List.copyOf(items);
		if (items.isEmpty()) {
			throw new IllegalArgumentException("a claim has at least one item");
		}
	}

	public Claim(Enterprise enterprise, ClaimItem... items) {
		this(enterprise, List.of(items));
	}
}
