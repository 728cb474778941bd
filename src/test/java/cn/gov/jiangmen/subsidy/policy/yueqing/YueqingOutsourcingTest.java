package cn.gov.jiangmen.subsidy.policy.yueqing;

import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.policy.ItemAssessment;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;
import static cn.gov.jiangmen.subsidy.policy.jiangmen.Claims.yuan;
import static cn.gov.jiangmen.subsidy.policy.yueqing.Yueqing.assess;
import static cn.gov.jiangmen.subsidy.policy.yueqing.Yueqing.assessAll;
import static cn.gov.jiangmen.subsidy.policy.yueqing.Yueqing.prior;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 三（二）: offshore service outsourcing executed in the year, from 500,000 USD on ("以上" includes it),
 * 15,000 yuan per full 500,000 USD, at most 300,000 per enterprise (read: per year).
 */
class YueqingOutsourcingTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                  | executedUsd | amount    | trace
			500000 USD exactly is a first step                      | 500000      | 15000.00  | 2023年离岸服务外包合同执行额 500000.00 美元 ≥ 起点 500000.00 美元；floor(500000.00 ÷ 500000.00) = 1 档 × 15000.00 = 15000.00
			999999.99 USD is still one full step                    | 999999.99   | 15000.00  | floor(999999.99 ÷ 500000.00) = 1 档
			1000000 USD is two steps                                | 1000000     | 30000.00  | floor(1000000.00 ÷ 500000.00) = 2 档 × 15000.00 = 30000.00
			9999999.99 USD is 19 steps                              | 9999999.99  | 285000.00 | = 19 档 × 15000.00 = 285000.00
			10000000 USD is 20 steps, exactly the 300000 maximum    | 10000000    | 300000.00 | 年度上限 300000.00 − 2023年已获 0.00 = 剩余 300000.00
			10500000 USD is 21 steps, 315000: at most 300000        | 10500000    | 300000.00 | 按剩余额度支付：min(315000.00, 300000.00) = 300000.00
			""")
	void stepRewardPerFull500000Usd(String rule, String executedUsd, String amount, String trace) {
		ItemAssessment result = assess(new YueqingOutsourcing(2023, yuan(executedUsd), null));

		assertThat(result.eligible()).isTrue();
		assertThat(result.type()).isEqualTo(YueqingItemType.OFFSHORE_OUTSOURCING);
		assertThat(result.amount()).isEqualTo(yuan(amount));
		assertThat(result.trace()).contains(trace);
		assertThat(result.articles()).containsExactly("三（二）", "八");
	}

	@Test
	void below_500000_usd_there_is_no_reward() {
		ItemAssessment result = assess(new YueqingOutsourcing(2023, yuan("499999.99"), null));

		assertThat(result.eligible()).isFalse();
		assertThat(result.reasons()).containsExactly(ReasonCode.BELOW_REWARD_THRESHOLD);
		assertThat(result.amount()).isEqualTo("0.00");
		assertThat(result.trace()).isEqualTo("2023年离岸服务外包合同执行额 499999.99 美元 < 起点 500000.00 美元；不予支持：未达到奖励起点");
		assertThat(result.articles()).containsExactly("三（二）", "八");
	}

	@Test
	void the_300000_counts_what_the_enterprise_already_holds_for_the_year() {
		ItemAssessment held = assess(new YueqingOutsourcing(2023, yuan("1000000"), null),
				prior(YueqingItemType.OFFSHORE_OUTSOURCING, 2023, "290000.00", 1));
		Assessment twoInOneRequest = assessAll(new YueqingOutsourcing(2023, yuan("9000000"), null),
				new YueqingOutsourcing(2023, yuan("2000000"), null), new YueqingOutsourcing(2024, yuan("500000"), null));

		assertThat(held.amount()).isEqualTo("10000.00");
		assertThat(twoInOneRequest.items()).extracting(ItemAssessment::amount)
			.containsExactly(yuan("270000.00"), yuan("30000.00"), yuan("15000.00"));
	}

	@ParameterizedTest(name = "八: the execution of {0} is in the period: {1}")
	@CsvSource({ "2021, false", "2022, true", "2024, true", "2025, false" })
	void the_years_of_the_period(int year, boolean inPeriod) {
		ItemAssessment result = assess(new YueqingOutsourcing(year, yuan("500000"), null));

		assertThat(result.eligible()).isEqualTo(inPeriod);
		assertThat(result.amount()).isEqualTo(inPeriod ? "15000.00" : "0.00");
	}
}
