package cn.gov.jiangmen.subsidy.policy;

import static cn.gov.jiangmen.subsidy.policy.Claims.assess;
import static cn.gov.jiangmen.subsidy.policy.Claims.districtLine;
import static cn.gov.jiangmen.subsidy.policy.Claims.enterprise;
import static cn.gov.jiangmen.subsidy.policy.Claims.insurance;
import static cn.gov.jiangmen.subsidy.policy.Claims.policyWith;
import static cn.gov.jiangmen.subsidy.policy.Claims.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** 第二条 (who), 第十二条 (when, and how much of the expenditure), 第十九条 (county-level cities). */
class EligibilityTest {

	@ParameterizedTest(name = "第二条: an enterprise of {0} is funded by the city")
	@EnumSource(value = District.class, names = { "PENGJIANG", "JIANGHAI", "XINHUI" })
	void the_three_districts_are_funded_by_the_city(District district) {
		ItemAssessment result = assess(Claims.POLICY, Claims.in(district),
				insurance(LocalDate.of(2025, 1, 1), "10000"), PriorAwards.NONE);

		assertThat(result.eligible()).isTrue();
		assertThat(result.cityAmount()).isEqualTo("500.00");
	}

	@ParameterizedTest(name = "第二条、第十九条: an enterprise of {0} is not covered by default")
	@EnumSource(value = District.class, names = { "TAISHAN", "KAIPING", "HESHAN", "ENPING" })
	void county_level_cities_are_not_funded_by_the_city(District district) {
		ItemAssessment result = assess(Claims.POLICY, Claims.in(district),
				insurance(LocalDate.of(2025, 1, 1), "10000"), PriorAwards.NONE);

		assertThat(result.reasons()).containsExactly(ReasonCode.OUTSIDE_FUNDED_DISTRICTS);
		assertThat(result.articles()).contains("第十九条", "第二条");
	}

	@Test
	void a_county_level_city_adopting_the_rules_pays_everything_itself_at_its_own_rates() {
		Policy taishanAdopts = policyWith(Map.of(districtLine("TAISHAN", "NONE", "0.00", "第十九条"),
				districtLine("TAISHAN", "SELF", "0.02", "第十九条") + """

				    parameters:
				      credit_service.rate:
				        values:
				          - {from: 2024-01-01, to: 2026-12-31, value: 0.30, article: 第十九条（台山市参照执行）}
				"""));
		Enterprise taishan = Claims.in(District.TAISHAN);

		ItemAssessment insured = assess(taishanAdopts, taishan, insurance(LocalDate.of(2025, 1, 1), "10000"),
				PriorAwards.NONE);
		ItemAssessment credit = assess(taishanAdopts, taishan,
				new CreditService(LocalDate.of(2025, 1, 1), yuan("1000"), null, null), PriorAwards.NONE);

		assertThat(insured.cityAmount()).isEqualTo("0.00");
		assertThat(insured.districtAmount()).isEqualTo("700.00");
		assertThat(insured.trace()).contains("台山市依第十九条自行承担 700.00");
		assertThat(credit.amount()).isEqualTo("300.00");
		assertThat(credit.articles()).contains("第十九条（台山市参照执行）");
		assertThat(assess(taishanAdopts, Claims.in(District.PENGJIANG),
				new CreditService(LocalDate.of(2025, 1, 1), yuan("1000"), null, null), PriorAwards.NONE).amount())
			.isEqualTo("500.00");
	}

	@Test
	void an_enterprise_without_exports_since_2024_is_not_supported() {
		Enterprise noExports = new Enterprise("91440703MA4U000013", "无实绩公司", District.JIANGHAI, false);

		ItemAssessment result = assess(Claims.POLICY, noExports, insurance(LocalDate.of(2025, 1, 1), "10000"),
				PriorAwards.NONE);

		// POLICY-NOTES round 2: 第十条第（一）项's record in the premium's year or the year before is a
		// condition of its own; without tradeYears and without the 2024 record, none is known.
		assertThat(result.reasons()).containsExactly(ReasonCode.NO_TRADE_RECORD, ReasonCode.NO_TRADE_IN_YEAR);
	}

	@Test
	void every_reason_against_an_item_is_named() {
		Enterprise enterprise = new Enterprise("91440703MA4U000013", "某公司", District.ENPING, false);

		ItemAssessment result = assess(Claims.POLICY, enterprise,
				new ExportCreditInsurance(LocalDate.of(2025, 1, 1), yuan("100"), true, yuan("100"), yuan("200")),
				PriorAwards.NONE);

		assertThat(result.reasons()).containsExactly(ReasonCode.OUTSIDE_FUNDED_DISTRICTS, ReasonCode.NO_TRADE_RECORD,
				ReasonCode.NO_TRADE_IN_YEAR, ReasonCode.PLATFORM_INSURANCE, ReasonCode.EXCEEDS_ACTUAL_EXPENDITURE,
				ReasonCode.FULLY_SUBSIDISED);
		assertThat(result.amount()).isEqualTo("0.00");
		assertThat(result.cityAmount()).isEqualTo("0.00");
	}

	@ParameterizedTest(name = "第十二条: an item dated {0} is {1}")
	@CsvSource(textBlock = """
			2023-12-31, refused,   OUTSIDE_POLICY_PERIOD
			2024-01-01, supported,
			2026-12-31, supported,
			2027-01-01, refused,   OUTSIDE_POLICY_PERIOD
			""")
	void the_item_must_fall_in_2024_to_2026(LocalDate date, String outcome, ReasonCode reason) {
		for (ClaimItem item : List.of(insurance(date, "10000"),
				new OverseasExhibition("US", date, true, Booths.standard(1), yuan("10000"), null, false, false, null),
				new AeoCertification(date, AeoLevel.ADVANCED, true, null))) {
			ItemAssessment result = assess(item);

			assertThat(result.eligible()).as(item.type() + " on " + date).isEqualTo(reason == null);
			assertThat(result.reasons()).isEqualTo(reason == null ? List.of() : List.of(reason));
			assertThat(result.articles()).contains("第十二条");
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                            | expenses | other    | requested | amount   | reasons
			第十二条: other subsidies equal to the expenditure leave nothing  | 20000    | 20000    |           | 0.00     | FULLY_SUBSIDISED
			第十二条: other subsidies above the expenditure leave nothing     | 20000    | 25000    |           | 0.00     | FULLY_SUBSIDISED
			第十二条: one fen not subsidised is supported                     | 20000    | 19999.99 |           | 0.01     |
			第十二条: a request above the actual expenditure is not accepted  | 20000    | 0        | 20000.01  | 0.00     | EXCEEDS_ACTUAL_EXPENDITURE
			第十二条: a request of exactly the expenditure pays the rule      | 20000    | 0        | 20000     | 10000.00 |
			an applicant asking for less than the rule allows gets its ask    | 20000    | 0        | 8000.50   | 8000.50  |
			""")
	void onlyTheUnsubsidisedActualExpenditureIsSupported(String rule, String expenses, String other,
			String requested, String amount, String reasons) {
		ItemAssessment result = assess(new OverseasExhibition("US", Claims.IN_PERIOD, true, Booths.standard(1),
				yuan(expenses), yuan(other), false, false, yuan(requested)));

		assertThat(result.amount()).isEqualTo(yuan(amount));
		assertThat(result.cityAmount()).isEqualTo(yuan(amount));
		assertThat(result.reasons()).map(Enum::name).isEqualTo(reasons == null ? List.of() : List.of(reasons));
	}

	@Test
	void the_total_is_the_sum_of_the_items() {
		Assessment assessment = Claims.POLICY.assess(enterprise(),
				List.of(Claims.overseas("JP", "2", "50000", "0"), insurance(LocalDate.of(2025, 1, 1), "12345.67"),
						new AeoCertification(LocalDate.of(2023, 1, 1), AeoLevel.ADVANCED, true, null)),
				PriorAwards.NONE, Claims.TODAY);

		assertThat(assessment.policyId()).isEqualTo("jiangmen-2025");
		assertThat(assessment.items()).extracting(ItemAssessment::index).containsExactly(0, 1, 2);
		assertThat(assessment.total()).isEqualTo("30617.28");
	}
}
