package cn.gov.jiangmen.subsidy.policy;

import static cn.gov.jiangmen.subsidy.policy.Claims.yuan;
import static cn.gov.jiangmen.subsidy.policy.Yueqing.assess;
import static cn.gov.jiangmen.subsidy.policy.Yueqing.assessAll;
import static cn.gov.jiangmen.subsidy.policy.Yueqing.certification;
import static cn.gov.jiangmen.subsidy.policy.Yueqing.prior;
import static cn.gov.jiangmen.subsidy.policy.Yueqing.trademark;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 二（二）: certifications abroad, 50% of the fees up to 50,000 each, or 60% up to 60,000 for other
 * RCEP countries, at most 3 a year. 二（三）: trademarks registered abroad, 50%, at most 30,000 for
 * the enterprise. Both only for enterprises with exports of their own (自营出口业绩).
 */
class YueqingCertificationAndTrademarkTest {

	private static final LocalDate DAY = Yueqing.IN_PERIOD;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                          | country | fees      | other   | amount   | trace
			50% of the fees                                                 | US      | 40000     | 0       | 20000.00 | 认证费和检验检测费 50% × (40000.00 − 0.00) = 20000.00
			50% of 100000 is exactly the 50000 of a certification           | US      | 100000    | 0       | 50000.00 | 每项 min(50000.00, 50000.00) = 50000.00
			50% of 100000.02 is 50000.01: at most 50000                     | US      | 100000.02 | 0       | 50000.00 | 每项 min(50000.01, 50000.00) = 50000.00
			a certification for another RCEP country: 60%, at most 60000    | JP      | 100000    | 0       | 60000.00 | 产品输入国 JP 属RCEP其他成员国：比例 60%，最高 60000.00
			60% of 120000 is 72000: at most 60000                           | JP      | 120000    | 0       | 60000.00 | 每项 min(72000.00, 60000.00) = 60000.00
			60% of 99999.99 is 59999.994: paid 59999.99                     | AU      | 99999.99  | 0       | 59999.99 | 60% × (99999.99 − 0.00) = 59999.99
			Belt and Road is not RCEP: 50%                                  | RU      | 100000    | 0       | 50000.00 | 产品输入国 RU：比例 50%，最高 50000.00
			other subsidies are deducted                                    | US      | 12345.67  | 2345.67 | 5000.00  | 50% × (12345.67 − 2345.67) = 5000.00
			50% of 12345.67 is 6172.835: paid 6172.83                       | DE      | 12345.67  | 0       | 6172.83  | 50% × (12345.67 − 0.00) = 6172.83
			""")
	void certificationAbroad(String rule, String country, String fees, String other, String amount, String trace) {
		ItemAssessment result = assess(certification(country, fees, other));

		assertThat(result.eligible()).isTrue();
		assertThat(result.type()).isEqualTo(YueqingItemType.PRODUCT_CERTIFICATION);
		assertThat(result.amount()).isEqualTo(yuan(amount));
		assertThat(result.trace()).contains(trace);
		assertThat(result.articles()).containsExactly("二（二）", "八");
	}

	@Test
	void the_fourth_certification_of_a_year_is_refused_whatever_its_country() {
		Assessment assessment = assessAll(certification("US", "10000", "0"), certification("JP", "10000", "0"),
				certification("DE", "10000", "0"), certification("AU", "10000", "0"));

		assertThat(assessment.items()).extracting(ItemAssessment::amount)
			.containsExactly(yuan("5000.00"), yuan("6000.00"), yuan("5000.00"), yuan("0.00"));
		assertThat(assessment.items().get(3).reasons()).containsExactly(ReasonCode.ANNUAL_COUNT_CAP_REACHED);
		assertThat(assessment.items().get(3).trace()).contains("2023年已支持 3 个");
	}

	@Test
	void certifications_held_from_earlier_applications_count_against_the_three() {
		PriorAwards twoHeld = prior(YueqingItemType.PRODUCT_CERTIFICATION, 2023, "20000.00", 2);

		Assessment assessment = Yueqing.POLICY.assess(Yueqing.ENTERPRISE,
				List.of(certification("US", "10000", "0"), certification("US", "10000", "0")), twoHeld, Claims.TODAY);

		assertThat(assessment.items()).extracting(ItemAssessment::eligible).containsExactly(true, false);
		assertThat(assessment.items().get(1).reasons()).containsExactly(ReasonCode.ANNUAL_COUNT_CAP_REACHED);
	}

	@Test
	void an_enterprise_without_exports_of_its_own_gets_neither() {
		ItemAssessment certified = assess(new YueqingCertification("US", DAY, false, yuan("10000"), null, null));
		ItemAssessment registered = assess(new YueqingTrademark(DAY, false, yuan("10000"), null, null));

		assertThat(certified.reasons()).containsExactly(ReasonCode.NO_TRADE_RECORD);
		assertThat(certified.trace()).contains("不予支持：无自营出口业绩");
		assertThat(certified.articles()).contains("二（二）");
		assertThat(registered.reasons()).containsExactly(ReasonCode.NO_TRADE_RECORD);
		assertThat(registered.articles()).contains("二（三）");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                   | fees     | amount   | trace
			50% of the registration fees                             | 10000    | 5000.00  | 商标注册费 50% × (10000.00 − 0.00) = 5000.00
			50% of 12345.67 is 6172.835: paid 6172.83                | 12345.67 | 6172.83  | 50% × (12345.67 − 0.00) = 6172.83
			50% of 60000 is exactly the 30000 of the enterprise      | 60000    | 30000.00 | 年度上限 30000.00 − 2023年已获 0.00 = 剩余 30000.00
			50% of 60000.02 is 30000.01: at most 30000               | 60000.02 | 30000.00 | 按剩余额度支付：min(30000.01, 30000.00) = 30000.00
			""")
	void trademarkAbroad(String rule, String fees, String amount, String trace) {
		ItemAssessment result = assess(trademark(fees));

		assertThat(result.type()).isEqualTo(YueqingItemType.TRADEMARK_REGISTRATION);
		assertThat(result.amount()).isEqualTo(yuan(amount));
		assertThat(result.trace()).contains(trace);
		assertThat(result.articles()).containsExactly("二（三）", "八");
	}

	@Test
	void two_registrations_share_the_30000_of_the_enterprise() {
		Assessment assessment = assessAll(trademark("40000"), trademark("40000"), trademark("1000"));

		assertThat(assessment.items()).extracting(ItemAssessment::amount)
			.containsExactly(yuan("20000.00"), yuan("10000.00"), yuan("0.00"));
		assertThat(assessment.items().get(1).trace()).contains("年度上限 30000.00 − 2023年已获 20000.00 = 剩余 10000.00");
		assertThat(assessment.items().get(2).reasons()).containsExactly(ReasonCode.ANNUAL_CAP_REACHED);
		assertThat(assessment.items().get(2).trace()).contains("不予支持：已达每家企业年度补助上限");
		assertThat(assessment.total()).isEqualTo("30000.00");
	}

	@Test
	void registrations_held_from_earlier_applications_count_in_their_own_year_only() {
		ItemAssessment sameYear = assess(trademark("40000"),
				prior(YueqingItemType.TRADEMARK_REGISTRATION, 2023, "25000.00", 1));
		ItemAssessment yearBefore = assess(trademark("40000"),
				prior(YueqingItemType.TRADEMARK_REGISTRATION, 2022, "30000.00", 2));

		assertThat(sameYear.amount()).isEqualTo("5000.00");
		assertThat(yearBefore.amount()).isEqualTo("20000.00");
	}

	@ParameterizedTest(name = "八: a certificate dated {0} is in the period: {1}")
	@CsvSource({ "2021-12-31, false", "2022-01-01, true", "2024-12-31, true", "2025-01-01, false" })
	void the_period_edges(LocalDate certified, boolean inPeriod) {
		ItemAssessment result = assess(new YueqingCertification("US", certified, true, yuan("10000"), null, null));

		assertThat(result.eligible()).isEqualTo(inPeriod);
		assertThat(result.reasons()).isEqualTo(inPeriod ? List.of() : List.of(ReasonCode.OUTSIDE_POLICY_PERIOD));
	}
}
