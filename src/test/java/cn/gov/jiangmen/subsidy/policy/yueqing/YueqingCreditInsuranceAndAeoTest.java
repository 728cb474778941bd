package cn.gov.jiangmen.subsidy.policy.yueqing;

import cn.gov.jiangmen.subsidy.policy.AeoLevel;
import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.policy.ItemAssessment;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;
import cn.gov.jiangmen.subsidy.policy.jiangmen.Claims;
import cn.gov.jiangmen.subsidy.policy.jiangmen.JiangmenItemType;
import static cn.gov.jiangmen.subsidy.policy.jiangmen.Claims.yuan;
import static cn.gov.jiangmen.subsidy.policy.yueqing.Yueqing.assess;
import static cn.gov.jiangmen.subsidy.policy.yueqing.Yueqing.assessAll;
import static cn.gov.jiangmen.subsidy.policy.yueqing.Yueqing.insurance;
import static cn.gov.jiangmen.subsidy.policy.yueqing.Yueqing.prior;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 五（一）: 50% of the premium; 80% for key exporters (10,000,000 USD or more to the US, or to RCEP
 * countries); 100% on the micro-exporters' joint platform; at most 500,000 per enterprise a year.
 * 七: 200,000 once for the first advanced AEO certification.
 */
class YueqingCreditInsuranceAndAeoTest {

	private static final LocalDate DAY = Yueqing.IN_PERIOD;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                    | premium    | joint | toUs       | toRcep   | amount    | trace
			50% of the premium, odd fen rounded down                  | 12345.67   | false | 0          | 0        | 6172.83   | 保费 50% × (12345.67 − 0.00) = 6172.83
			9999999.99 USD to the US is not a key exporter            | 10000      | false | 9999999.99 | 0        | 5000.00   | 一般企业（对美出口 9999999.99 美元、对RCEP协定国出口 0.00 美元，均 < 10000000.00 美元）：比例 50%
			10000000 USD to the US is a key exporter: 80%             | 10000      | false | 10000000   | 0        | 8000.00   | 重点企业（对美出口 10000000.00 美元、对RCEP协定国出口 0.00 美元，至少一项 ≥ 10000000.00 美元）：比例 80%
			10000000 USD to RCEP countries is a key exporter too      | 10000      | false | 0          | 10000000 | 8000.00   | 保费 80% × (10000.00 − 0.00) = 8000.00
			6000000 to each market reaches neither: 50%               | 10000      | false | 6000000    | 6000000  | 5000.00   | 均 < 10000000.00 美元）：比例 50%
			80% of 12345.67 is 9876.536: paid 9876.53                 | 12345.67   | false | 20000000   | 0        | 9876.53   | 保费 80% × (12345.67 − 0.00) = 9876.53
			the joint platform pays the whole premium                 | 12345.67   | true  | 0          | 0        | 12345.67  | 小微出口企业信用保险联保平台参保企业：比例 100%；保费 100% × (12345.67 − 0.00) = 12345.67
			80% of 625000 is exactly the 500000 of the year           | 625000     | false | 10000000   | 0        | 500000.00 | 年度上限 500000.00 − 2023年已获 0.00 = 剩余 500000.00
			80% of 1000000 is 800000: at most 500000                  | 1000000    | false | 10000000   | 0        | 500000.00 | 按剩余额度支付：min(800000.00, 500000.00) = 500000.00
			50% of 1000000.02 is 500000.01: at most 500000            | 1000000.02 | false | 0          | 0        | 500000.00 | min(500000.01, 500000.00) = 500000.00
			""")
	void rateByTheEnterpriseClass(String rule, String premium, boolean joint, String toUs, String toRcep,
			String amount, String trace) {
		ItemAssessment result = assess(insurance(premium, joint, toUs, toRcep));

		assertThat(result.eligible()).isTrue();
		assertThat(result.type()).isEqualTo(YueqingItemType.EXPORT_CREDIT_INSURANCE);
		assertThat(result.amount()).isEqualTo(yuan(amount));
		assertThat(result.trace()).contains(trace);
		assertThat(result.articles()).containsExactly("五（一）", "八");
	}

	@Test
	void earlier_premiums_of_the_same_request_and_year_count_against_the_500000() {
		Assessment assessment = assessAll(insurance("600000", false, "10000000", "0"),
				insurance("100000", false, "10000000", "0"), insurance("1000", false, "0", "0"),
				new YueqingCreditInsurance(LocalDate.of(2024, 2, 1), yuan("1000"), false, null, null, null, null));

		assertThat(assessment.items()).extracting(ItemAssessment::amount)
			.containsExactly(yuan("480000.00"), yuan("20000.00"), yuan("0.00"), yuan("500.00"));
		assertThat(assessment.items().get(2).reasons()).containsExactly(ReasonCode.ANNUAL_CAP_REACHED);
	}

	@Test
	void premiums_held_from_earlier_applications_leave_what_is_left() {
		ItemAssessment result = assess(insurance("200000", false, "0", "0"),
				prior(YueqingItemType.EXPORT_CREDIT_INSURANCE, 2023, "450000.00", 3));

		assertThat(result.amount()).isEqualTo("50000.00");
		assertThat(result.trace()).contains("年度上限 500000.00 − 2023年已获 450000.00 = 剩余 50000.00");
	}

	@Test
	void the_first_advanced_certification_is_rewarded_200000_once() {
		ItemAssessment result = assess(new YueqingAeo(DAY, AeoLevel.ADVANCED, true, null));

		assertThat(result.amount()).isEqualTo("200000.00");
		assertThat(result.type()).isEqualTo(YueqingItemType.AEO_CERTIFICATION);
		assertThat(result.trace()).isEqualTo("当年度首次获得海关AEO高级认证，一次性奖励 200000.00；合计 200000.00");
		assertThat(result.articles()).containsExactly("七", "八");
	}

	@ParameterizedTest(name = "七: level {0}, first {1}")
	@CsvSource({ "GENERAL, true, NOT_ADVANCED_AEO", "ADVANCED, false, NOT_FIRST_AEO" })
	void only_a_first_advanced_certification(AeoLevel level, boolean first, ReasonCode reason) {
		ItemAssessment result = assess(new YueqingAeo(DAY, level, first, null));

		assertThat(result.reasons()).containsExactly(reason);
		assertThat(result.amount()).isEqualTo("0.00");
	}

	@Test
	void the_reward_is_paid_once_across_applications_and_within_one() {
		ItemAssessment held = assess(new YueqingAeo(DAY, AeoLevel.ADVANCED, true, null),
				prior(YueqingItemType.AEO_CERTIFICATION, 2022, "200000.00", 1));
		Assessment twice = assessAll(new YueqingAeo(DAY, AeoLevel.ADVANCED, true, null),
				new YueqingAeo(DAY.plusYears(1), AeoLevel.ADVANCED, true, null));

		assertThat(held.reasons()).containsExactly(ReasonCode.AEO_ALREADY_SUPPORTED);
		assertThat(held.trace()).contains("不予支持：该企业已获海关AEO高级认证一次性奖励");
		assertThat(twice.items().get(1).reasons()).containsExactly(ReasonCode.AEO_ALREADY_SUPPORTED);
	}

	@Test
	void a_jiangmen_award_is_not_a_yueqing_one() {
		ItemAssessment result = assess(new YueqingAeo(DAY, AeoLevel.ADVANCED, true, null),
				Claims.prior(JiangmenItemType.AEO_CERTIFICATION, 2023, "50000.00"));

		assertThat(result.amount()).isEqualTo("200000.00");
	}
}
