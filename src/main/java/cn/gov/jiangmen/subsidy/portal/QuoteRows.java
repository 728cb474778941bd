package cn.gov.jiangmen.subsidy.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import cn.gov.jiangmen.subsidy.claim.AssessmentView;
import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.policy.Countries;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;

/** A quote or an assessment as the enterprise reads it: names, not codes; reasons and the trace in Chinese. */
public record QuoteRows(List<Row> rows, String total) {

	public record Row(int number, String typeName, boolean eligible, String amount, String cityAmount, String districtAmount,
			String articles, List<String> reasons, String trace) {
	}

	static QuoteRows of(Assessment assessment) {
		return new QuoteRows(assessment.items()
			.stream()
			.map(i -> new Row(i.index() + 1, i.type().label(), i.eligible(), yuan(i.amount()), yuan(i.cityAmount()),
					yuan(i.districtAmount()), String.join("、", i.articles()),
					i.reasons().stream().map(ReasonCode::label).toList(), Countries.inWords(i.trace())))
			.toList(), yuan(assessment.total()));
	}

	static QuoteRows of(AssessmentView view) {
		return new QuoteRows(view.items()
			.stream()
			.map(i -> new Row(i.index() + 1, ItemFields.label(i.type()), i.eligible(), i.amount(), i.cityAmount(),
					i.districtAmount(), String.join("、", i.articles()),
					i.reasons().stream().map(QuoteRows::reasonLabel).toList(), Countries.inWords(i.trace())))
			.toList(), view.total());
	}

	private static String reasonLabel(String code) {
		try {
			return ReasonCode.valueOf(code).label();
		}
		catch (IllegalArgumentException e) {
			return code;
		}
	}

	static String yuan(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.DOWN).toPlainString();
	}

}
