package cn.gov.jiangmen.subsidy.policy;

import static cn.gov.jiangmen.subsidy.policy.Claims.assess;
import static cn.gov.jiangmen.subsidy.policy.Claims.districtLine;
import static cn.gov.jiangmen.subsidy.policy.Claims.enterprise;
import static cn.gov.jiangmen.subsidy.policy.Claims.insurance;
import static cn.gov.jiangmen.subsidy.policy.Claims.policyWith;
import static cn.gov.jiangmen.subsidy.policy.Claims.prior;
import static cn.gov.jiangmen.subsidy.policy.Claims.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 第十条第（一）项 and 第三条: city 5%, a district's own top-up, 500,000 a year for both together. */
class ExportCreditInsuranceTest {

	private static final LocalDate PAID = LocalDate.of(2025, 3, 1);

	/** Pengjiang has decided to add 3%, Jianghai the full 5%. */
	private static final Policy WITH_TOP_UPS = policyWith(Map.of(
			districtLine("PENGJIANG", "CITY", "0.00", "第二条"), districtLine("PENGJIANG", "CITY", "0.03", "第二条"),
			districtLine("JIANGHAI", "CITY", "0.00", "第二条"), districtLine("JIANGHAI", "CITY", "0.05", "第二条")));

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                               | district  | premium     | prior     | city      | districtShare | trace
			city 5% of 12345.67 is 617.2835, paid as 617.28; no top-up decided  | XINHUI    | 12345.67    | 0         | 617.28    | 0.00          | 市级 5% × (12345.67 − 0.00) = 617.28
			a 3% district top-up of 12345.67 is 370.3701, paid as 370.37       | PENGJIANG | 12345.67    | 0         | 617.28    | 370.37        | 区级 3% × (12345.67 − 0.00) = 370.37
			5% + 5% of 1,000,000 is 100,000                                     | JIANGHAI  | 1000000     | 0         | 50000.00  | 50000.00      | 区级 5% × (1000000.00 − 0.00) = 50000.00
			city 5% of 10,000,000 fills the cap; the top-up gets nothing        | PENGJIANG | 10000000    | 0         | 500000.00 | 0.00          | min(500000.00, 500000.00) = 500000.00，加码 min(300000.00, 500000.00 − 500000.00) = 0.00
			with 450,000 held, 5% of 2,000,000 pays the 50,000 left            | XINHUI    | 2000000     | 450000    | 50000.00  | 0.00          | 年度上限 500000.00 − 2025年已获 450000.00 = 剩余 50000.00
			with 400,000 held, city first, the top-up fills the rest            | JIANGHAI  | 1000000     | 400000    | 50000.00  | 50000.00      | 剩余 100000.00
			with 430,000 held, the top-up fills only what the city leaves       | JIANGHAI  | 1000000     | 430000    | 50000.00  | 20000.00      | 加码 min(50000.00, 70000.00 − 50000.00) = 20000.00
			""")
	void cityShareFirstThenTheDistrictTopUpUnderOneCap(String rule, District district, String premium, String held,
			String city, String districtShare, String trace) {
		ItemAssessment result = assess(WITH_TOP_UPS, Claims.in(district), insurance(PAID, premium),
				prior(ItemType.EXPORT_CREDIT_INSURANCE, 2025, held));

		assertThat(result.cityAmount()).isEqualTo(yuan(city));
		assertThat(result.districtAmount()).isEqualTo(yuan(districtShare));
		assertThat(result.amount()).isEqualTo(yuan(city).add(yuan(districtShare)));
		assertThat(result.trace()).contains(trace);
		assertThat(result.articles()).contains("第十条第（一）项", "第三条");
	}

	@Test
	void nothing_is_left_when_the_year_already_holds_500000() {
		ItemAssessment result = assess(Claims.POLICY, enterprise(), insurance(PAID, "100000"),
				prior(ItemType.EXPORT_CREDIT_INSURANCE, 2025, "500000.00"));

		assertThat(result.eligible()).isFalse();
		assertThat(result.reasons()).containsExactly(ReasonCode.ANNUAL_CAP_REACHED);
		assertThat(result.amount()).isEqualTo("0.00");
	}

	@Test
	void awards_of_another_year_do_not_count() {
		ItemAssessment result = assess(Claims.POLICY, enterprise(), insurance(PAID, "100000"),
				prior(ItemType.EXPORT_CREDIT_INSURANCE, 2024, "500000.00"));

		assertThat(result.amount()).isEqualTo("5000.00");
	}

	@Test
	void earlier_items_of_the_same_request_count_against_the_cap() {
		Assessment assessment = Claims.POLICY.assess(enterprise(),
				List.of(insurance(PAID, "6000000"), insurance(PAID.plusMonths(1), "6000000"),
						insurance(PAID.plusMonths(2), "1000"), insurance(LocalDate.of(2026, 1, 5), "1000")),
				PriorAwards.NONE, Claims.TODAY);

		assertThat(assessment.items()).extracting(ItemAssessment::amount)
			.containsExactly(yuan("300000.00"), yuan("200000.00"), yuan("0.00"), yuan("50.00"));
		assertThat(assessment.items().get(2).reasons()).containsExactly(ReasonCode.ANNUAL_CAP_REACHED);
		assertThat(assessment.items().get(1).trace()).contains("2025年已获 300000.00 = 剩余 200000.00");
		assertThat(assessment.total()).isEqualTo("500050.00");
	}

	@Test
	void the_top_up_of_an_earlier_item_in_the_request_counts_too() {
		Assessment assessment = WITH_TOP_UPS.assess(Claims.in(District.JIANGHAI),
				List.of(insurance(PAID, "4000000"), insurance(PAID, "2000000")), PriorAwards.NONE, Claims.TODAY);

		ItemAssessment second = assessment.items().get(1);
		assertThat(assessment.items().get(0).amount()).isEqualTo("400000.00");
		assertThat(second.cityAmount()).isEqualTo("100000.00");
		assertThat(second.districtAmount()).isEqualTo("0.00");
	}

	@Test
	void a_platform_policy_is_not_supported() {
		ItemAssessment result = assess(new ExportCreditInsurance(PAID, yuan("10000"), true, null, null));

		assertThat(result.reasons()).containsExactly(ReasonCode.PLATFORM_INSURANCE);
	}

	@Test
	void an_applicant_asking_for_less_is_paid_what_it_asked_the_city_share_first() {
		ItemAssessment result = assess(WITH_TOP_UPS, enterprise(),
				new ExportCreditInsurance(PAID, yuan("12345.67"), false, null, yuan("700.00")), PriorAwards.NONE);

		assertThat(result.cityAmount()).isEqualTo("617.28");
		assertThat(result.districtAmount()).isEqualTo("82.72");
		assertThat(result.trace()).contains("申请额 700.00 低于测算额 987.65，按申请额支付");
	}

	/** POLICY-NOTES round 2: refused when the file is loaded, no longer on the first claim. */
	@Test
	void a_district_top_up_above_the_legal_five_percent_fails_loudly() {
		assertThatThrownBy(() -> policyWith(Map.of(districtLine("XINHUI", "CITY", "0.00", "第二条"),
				districtLine("XINHUI", "CITY", "0.06", "第二条"))))
			.isInstanceOf(PolicyDataException.class)
			.hasMessageContaining("6%");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                                      | trade years | since 2024 | paid       | reasons
			第十条(一): a record in the premium's year                                  | 2025        | true       | 2025-03-01 |
			第十条(一): a record in the year before is enough                           | 2024        | true       | 2025-03-01 |
			第十条(一): a record two years before is not                                | 2023        | true       | 2025-03-01 | NO_TRADE_IN_YEAR
			第十条(一): imports count: any listed year is a record (no export needed)   | 2024 2025   | true       | 2025-12-31 |
			第十条(一): an empty list says there is no record                           | -           | true       | 2025-03-01 | NO_TRADE_IN_YEAR
			第十条(一): without a list, the 2024 record counts for every year from 2024 |             | true       | 2024-01-01 |
			第十条(一): without a list and without the 2024 record, none is known        |             | false      | 2025-03-01 | NO_TRADE_RECORD NO_TRADE_IN_YEAR
			第二条 and 第十条(一) are separate: a listed year does not make an exporter  | 2025        | false      | 2025-03-01 | NO_TRADE_RECORD
			""")
	void creditInsuranceNeedsATradeRecordInThePremiumsYearOrTheYearBefore(String rule, String tradeYears,
			boolean since2024, LocalDate paid, String reasons) {
		Set<Integer> years = tradeYears == null ? null
				: "-".equals(tradeYears) ? Set.of()
						: Arrays.stream(tradeYears.split(" ")).map(Integer::valueOf).collect(Collectors.toSet());
		Enterprise enterprise = Enterprise.withTradeYears("91440703MA4U000013", "江门示例外贸有限公司", District.PENGJIANG,
				since2024, years);

		ItemAssessment result = assess(Claims.POLICY, enterprise, insurance(paid, "10000"), PriorAwards.NONE);

		assertThat(result.reasons()).map(Enum::name)
			.as(rule)
			.isEqualTo(reasons == null ? List.of() : List.of(reasons.split(" ")));
		if (reasons != null && reasons.contains("NO_TRADE_IN_YEAR")) {
			assertThat(result.trace()).contains("保费缴纳于" + paid.getYear() + "年", "不予支持：缴费当年及上一年均无进出口实绩（第十条第（一）项）");
			assertThat(result.articles()).contains("第十条第（一）项");
		}
	}
}
