package cn.gov.jiangmen.subsidy.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.policy.ItemAssessment;

/** An assessment as CONTRACT.md shows it: amounts as strings with exactly two decimals. */
public record AssessmentView(String policy, List<ItemView> items, String total) {

	public record ItemView(int index, String type, boolean eligible, String amount, String cityAmount,
			String districtAmount, List<String> articles, List<String> reasons, String trace) {

		static ItemView of(ItemAssessment item) {
			return new ItemView(item.index(), item.type().code(), item.eligible(), yuan(item.amount()),
					yuan(item.cityAmount()), yuan(item.districtAmount()), item.articles(),
					item.reasons().stream().map(Enum::name).toList(), item.trace());
		}
	}

	public static AssessmentView of(Assessment assessment) {
		return new AssessmentView(assessment.policyId(), assessment.items().stream().map(ItemView::of).toList(),
				yuan(assessment.total()));
	}

	/** Assessments are already at the fen; UNNECESSARY makes any other scale an error, not a rounding. */
	static String yuan(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
	}
}
