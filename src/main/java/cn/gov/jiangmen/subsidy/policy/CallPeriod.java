package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The expense period a call for applications covers (第十三条 "按照申报通知要求"): an item dated
 * outside it is refused with {@link ReasonCode#OUTSIDE_CALL_PERIOD} and takes nothing from any cap;
 * the items inside it are assessed by the policy as if the others were not there.
 */
public record CallPeriod(LocalDate from, LocalDate to) {

	static final String ARTICLE = "第十三条";

	public CallPeriod {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("a call's period ends on or after its start: " + from + " .. " + to);
		}
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(from) && !date.isAfter(to);
	}

	/** The policy's assessment of the items this period covers; every other item refused at its own index. */
	public Assessment assess(Policy policy, Enterprise enterprise, List<ClaimItem> items, PriorAwards prior,
			LocalDate today) {
		List<ClaimItem> covered = items.stream().filter(item -> covers(item.date())).toList();
		if (covered.size() == items.size()) {
			return policy.assess(enterprise, items, prior, today);
		}
		List<ItemAssessment> assessedCovered = covered.isEmpty() ? List.of()
				: policy.assess(enterprise, covered, prior, today).items();
		List<ItemAssessment> all = new ArrayList<>();
		int next = 0;
		for (int index = 0; index < items.size(); index++) {
			ClaimItem item = items.get(index);
			all.add(covers(item.date()) ? reindexed(assessedCovered.get(next++), index) : refused(item, index));
		}
		return Assessment.of(policy.id(), all);
	}

	private ItemAssessment refused(ClaimItem item, int index) {
		String trace = "项目日期 " + item.date() + " 不在本次申报通知的申报期间（" + from + " 至 " + to + "）内，不予测算";
		return new ItemAssessment(index, item.type(), false, Money.ZERO, Money.ZERO, Money.ZERO, List.of(ARTICLE),
				List.of(ReasonCode.OUTSIDE_CALL_PERIOD), trace);
	}

	private static ItemAssessment reindexed(ItemAssessment assessed, int index) {
		BigDecimal amount = assessed.amount();
		return new ItemAssessment(index, assessed.type(), assessed.eligible(), amount, assessed.cityAmount(),
				assessed.districtAmount(), assessed.articles(), assessed.reasons(), assessed.trace(), assessed.boothUse());
	}

}
