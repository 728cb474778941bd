package cn.gov.jiangmen.subsidy.policy;

import static cn.gov.jiangmen.subsidy.policy.Claims.yuan;
import static cn.gov.jiangmen.subsidy.policy.Yueqing.assess;
import static cn.gov.jiangmen.subsidy.policy.Yueqing.assessAll;
import static cn.gov.jiangmen.subsidy.policy.Yueqing.key;
import static cn.gov.jiangmen.subsidy.policy.Yueqing.keyOn;
import static cn.gov.jiangmen.subsidy.policy.Yueqing.other;
import static cn.gov.jiangmen.subsidy.policy.Yueqing.prior;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 一（一）: key overseas exhibitions, 70% of the booth fee, at most 20,000 a booth, 4 standard booths
 * (9 m²) an exhibition, 3 exhibitions a year. 一（二）: other overseas exhibitions, 50% and 15,000 a
 * booth, or 60% and 18,000 in Belt-and-Road and RCEP countries, 3 booths, 3 exhibitions a year.
 */
class YueqingExhibitionTest {

	private static final LocalDate DAY = Yueqing.IN_PERIOD;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                           | country | booths  | fee       | other | amount   | trace
			70% of the booth fee, under the per-booth cap                    | DE      | 1       | 20000     | 0     | 14000.00 | min(70% × 20000.00 = 14000.00, 1 × 20000.00) = 14000.00
			70% of 28571.42 is 19999.994: paid 19999.99                      | DE      | 1       | 28571.42  | 0     | 19999.99 | min(70% × 28571.42 = 19999.99, 1 × 20000.00) = 19999.99
			70% of 28571.43 is 20000.001: paid 20000.00                      | DE      | 1       | 28571.43  | 0     | 20000.00 | min(70% × 28571.43 = 20000.00, 1 × 20000.00) = 20000.00
			70% of 30000 is 21000: at most 20000 a booth                     | DE      | 1       | 30000     | 0     | 20000.00 | min(70% × 30000.00 = 21000.00, 1 × 20000.00) = 20000.00
			4 standard booths are all supported                              | DE      | 4       | 100000    | 0     | 70000.00 | 标准展位 min(4, 4) = 4 个
			of 5 standard booths only 4 are: 4/5 of the fee                  | DE      | 5       | 100000    | 0     | 56000.00 | 超出 4 个标准展位的部分不予补助：(100000.00 − 0.00) × 4 ÷ 5 = 80000.00
			5 booths of 30000: at most 4 × 20000                             | DE      | 5       | 150000    | 0     | 80000.00 | min(70% × 120000.00 = 84000.00, 4 × 20000.00) = 80000.00
			a special booth of 36 m² is 4 standard booths                    | DE      | 36 m²   | 100000    | 0     | 70000.00 | min(floor(36 m² ÷ 9 m²), 4) = 4 个
			of a special booth of 45 m² only 36 m² are supported             | DE      | 45 m²   | 100000    | 0     | 56000.00 | 特装展位超出 36 m² 的部分不予补助：(100000.00 − 0.00) × 36 m² ÷ 45 m² = 80000.00
			a special booth of 20 m² counts 2 booths: at most 40000          | DE      | 20 m²   | 100000    | 0     | 40000.00 | min(70% × 100000.00 = 70000.00, 2 × 20000.00) = 40000.00
			a special booth under 9 m² counts no booth                       | DE      | 8.99 m² | 10000     | 0     | 0.00     | min(floor(8.99 m² ÷ 9 m²), 4) = 0 个
			other subsidies are deducted before the rate                     | DE      | 1       | 20000     | 5000  | 10500.00 | 展位费 (20000.00 − 5000.00) = 15000.00；min(70% × 15000.00 = 10500.00
			70% of 12345.67 is 8641.969: paid 8641.96                        | DE      | 1       | 12345.67  | 0     | 8641.96  | min(70% × 12345.67 = 8641.96, 1 × 20000.00) = 8641.96
			4/5 of 12345.67 is 9876.536, 70% of 9876.53 is 6913.571          | DE      | 5       | 12345.67  | 0     | 6913.57  | × 4 ÷ 5 = 9876.53；min(70% × 9876.53 = 6913.57
			a key exhibition in an RCEP country is still 70% and 20000       | JP      | 1       | 20000     | 0     | 14000.00 | 重点支持的境外展会（举办地 JP）：比例 70%，最高 20000.00
			""")
	void keyExhibitions(String rule, String country, String booths, String fee, String other, String amount,
			String trace) {
		ItemAssessment result = assess(key(country, booths, fee, other));

		assertThat(result.eligible()).isTrue();
		assertThat(result.type()).isEqualTo(YueqingItemType.KEY_OVERSEAS_EXHIBITION);
		assertThat(result.amount()).isEqualTo(yuan(amount));
		assertThat(result.cityAmount()).isEqualTo(yuan(amount));
		assertThat(result.districtAmount()).isEqualTo("0.00");
		assertThat(result.trace()).contains(trace);
		assertThat(result.articles()).containsExactly("一（一）", "八");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                           | country | booths | fee      | other | amount   | trace
			50% of the booth fee in a country of neither group               | DE      | 1      | 20000    | 0     | 10000.00 | 非重点展会，举办地 DE 不属“一带一路”沿线国家或RCEP国家：比例 50%，最高 15000.00
			50% of 40000 is 20000: at most 15000 a booth                     | US      | 1      | 40000    | 0     | 15000.00 | min(50% × 40000.00 = 20000.00, 1 × 15000.00) = 15000.00
			3 standard booths are all supported                              | US      | 3      | 90000    | 0     | 45000.00 | 标准展位 min(3, 3) = 3 个
			a 4th booth is not: 3/4 of the fee                               | US      | 4      | 80000    | 0     | 30000.00 | 超出 3 个标准展位的部分不予补助：(80000.00 − 0.00) × 3 ÷ 4 = 60000.00
			Japan is an RCEP country: 60%                                    | JP      | 1      | 20000    | 0     | 12000.00 | 非重点展会，举办地 JP 属RCEP其他成员国：比例 60%，最高 18000.00
			60% of 40000 is 24000: at most 18000 a booth                     | JP      | 1      | 40000    | 0     | 18000.00 | min(60% × 40000.00 = 24000.00, 1 × 18000.00) = 18000.00
			Russia is a Belt-and-Road country: 60%                           | RU      | 1      | 20000    | 0     | 12000.00 | 举办地 RU 属共建“一带一路”国家和地区：比例 60%
			Korea is in both groups: 60% once                                | KR      | 1      | 20000    | 0     | 12000.00 | 举办地 KR 属RCEP其他成员国、共建“一带一路”国家和地区：比例 60%
			Hong Kong is abroad for the draft                                | HK      | 1      | 20000    | 0     | 10000.00 | 举办地 HK 不属“一带一路”沿线国家或RCEP国家：比例 50%
			4 booths in Vietnam: 3/4 of the fee, at most 3 × 18000           | VN      | 4      | 200000   | 0     | 54000.00 | min(60% × 150000.00 = 90000.00, 3 × 18000.00) = 54000.00
			60% of 12345.67 is 7407.402: paid 7407.40                        | TH      | 1      | 12345.67 | 0     | 7407.40  | min(60% × 12345.67 = 7407.40, 1 × 18000.00) = 7407.40
			""")
	void otherExhibitions(String rule, String country, String booths, String fee, String other, String amount,
			String trace) {
		ItemAssessment result = assess(other(country, booths, fee, other));

		assertThat(result.eligible()).isTrue();
		assertThat(result.type()).isEqualTo(YueqingItemType.OTHER_OVERSEAS_EXHIBITION);
		assertThat(result.amount()).isEqualTo(yuan(amount));
		assertThat(result.trace()).contains(trace);
		assertThat(result.articles()).containsExactly("一（二）", "八");
	}

	@Test
	void the_trace_reads_as_the_computation_with_its_numbers() {
		assertThat(assess(key("DE", "5", "100000", "0")).trace()).isEqualTo(
				"重点支持的境外展会（举办地 DE）：比例 70%，最高 20000.00；标准展位 min(5, 4) = 4 个；"
						+ "超出 4 个标准展位的部分不予补助：(100000.00 − 0.00) × 4 ÷ 5 = 80000.00；"
						+ "min(70% × 80000.00 = 56000.00, 4 × 20000.00) = 56000.00；"
						+ "每家企业每年最多 3 个，2023年已支持 0 个；合计 56000.00");
	}

	@Test
	void the_fourth_key_exhibition_of_a_year_is_refused_and_the_third_passes() {
		Assessment assessment = assessAll(keyOn(DAY), keyOn(DAY.plusDays(1)), keyOn(DAY.plusDays(2)),
				keyOn(DAY.plusDays(3)), keyOn(LocalDate.of(2024, 1, 2)));

		assertThat(assessment.items()).extracting(ItemAssessment::eligible)
			.containsExactly(true, true, true, false, true);
		assertThat(assessment.items().get(2).trace()).contains("每家企业每年最多 3 个，2023年已支持 2 个");
		ItemAssessment fourth = assessment.items().get(3);
		assertThat(fourth.reasons()).containsExactly(ReasonCode.ANNUAL_COUNT_CAP_REACHED);
		assertThat(fourth.amount()).isEqualTo("0.00");
		assertThat(fourth.trace()).contains("每家企业每年最多 3 个，2023年已支持 3 个；不予支持：已达每家企业每年支持的项目个数上限");
		assertThat(fourth.articles()).contains("一（一）");
		assertThat(assessment.total()).isEqualTo("28000.00");
	}

	@Test
	void key_and_other_exhibitions_have_three_a_year_each() {
		Assessment assessment = assessAll(keyOn(DAY), keyOn(DAY), keyOn(DAY), other("DE", "1", "10000", "0"),
				other("JP", "1", "10000", "0"), other("US", "1", "10000", "0"), other("RU", "1", "10000", "0"));

		assertThat(assessment.items()).extracting(ItemAssessment::eligible)
			.containsExactly(true, true, true, true, true, true, false);
		assertThat(assessment.items().get(6).reasons()).containsExactly(ReasonCode.ANNUAL_COUNT_CAP_REACHED);
	}

	@Test
	void exhibitions_held_from_earlier_applications_count_against_the_three() {
		PriorAwards twoHeld = prior(YueqingItemType.KEY_OVERSEAS_EXHIBITION, 2023, "28000.00", 2);

		Assessment assessment = Yueqing.POLICY.assess(Yueqing.ENTERPRISE, java.util.List.of(keyOn(DAY), keyOn(DAY)),
				twoHeld, Claims.TODAY);

		assertThat(assessment.items()).extracting(ItemAssessment::eligible).containsExactly(true, false);
		assertThat(assessment.items().get(0).trace()).contains("2023年已支持 2 个");
		assertThat(assess(keyOn(DAY), prior(YueqingItemType.KEY_OVERSEAS_EXHIBITION, 2023, "42000.00", 3)).reasons())
			.containsExactly(ReasonCode.ANNUAL_COUNT_CAP_REACHED);
		assertThat(assess(keyOn(DAY), prior(YueqingItemType.KEY_OVERSEAS_EXHIBITION, 2022, "42000.00", 3)).eligible())
			.isTrue();
		assertThat(assess(keyOn(DAY), prior(YueqingItemType.OTHER_OVERSEAS_EXHIBITION, 2023, "30000.00", 3)).eligible())
			.isTrue();
	}

	@Test
	void an_exhibition_paid_nothing_takes_none_of_the_three() {
		Assessment assessment = assessAll(key("DE", "8.99 m²", "10000", "0"), keyOn(DAY), keyOn(DAY), keyOn(DAY),
				keyOn(DAY));

		assertThat(assessment.items()).extracting(ItemAssessment::amount)
			.containsExactly(yuan("0.00"), yuan("7000.00"), yuan("7000.00"), yuan("7000.00"), yuan("0.00"));
		assertThat(assessment.items().get(0).eligible()).isTrue();
		assertThat(assessment.items().get(4).reasons()).containsExactly(ReasonCode.ANNUAL_COUNT_CAP_REACHED);
	}

	@ParameterizedTest(name = "八: an exhibition starting {0} is in the period: {1}")
	@CsvSource({ "2021-12-31, false", "2022-01-01, true", "2024-12-31, true", "2025-01-01, false" })
	void the_period_runs_from_2022_01_01_to_2024_12_31(LocalDate start, boolean inPeriod) {
		ItemAssessment result = assess(keyOn(start));

		assertThat(result.eligible()).isEqualTo(inPeriod);
		assertThat(result.amount()).isEqualTo(inPeriod ? "7000.00" : "0.00");
		assertThat(result.articles()).contains("八");
		if (!inPeriod) {
			assertThat(result.reasons()).containsExactly(ReasonCode.OUTSIDE_POLICY_PERIOD);
			assertThat(result.trace()).isEqualTo("项目日期 " + start + " 不在 2022-01-01 至 2024-12-31 之内；"
					+ "不予支持：项目发生时间不在本意见期限内（八）");
		}
	}

	@Test
	void a_fee_covered_by_other_subsidies_or_a_request_above_the_fee_is_refused() {
		ItemAssessment covered = assess(key("DE", "1", "10000", "10000"));
		ItemAssessment tooMuch = assess(
				new YueqingExhibition("DE", DAY, true, Booths.standard(1), yuan("10000"), null, yuan("10000.01")));

		assertThat(covered.reasons()).containsExactly(ReasonCode.FULLY_SUBSIDISED);
		assertThat(covered.trace()).contains("实际支出 10000.00 − 已获其他补贴 10000.00 ≤ 0；不予支持：其他补贴已覆盖实际支出");
		assertThat(covered.articles()).containsExactly("一（一）", "八");
		assertThat(tooMuch.reasons()).containsExactly(ReasonCode.EXCEEDS_ACTUAL_EXPENDITURE);
	}

	@Test
	void an_applicant_asking_for_less_is_paid_what_it_asked() {
		ItemAssessment result = assess(
				new YueqingExhibition("DE", DAY, true, Booths.standard(1), yuan("10000"), null, yuan("5000.50")));

		assertThat(result.amount()).isEqualTo("5000.50");
		assertThat(result.trace()).contains("申请额 5000.50 低于测算额 7000.00，按申请额支付");
	}

	@Test
	void china_itself_is_not_abroad() {
		assertThatThrownBy(() -> key("CN", "1", "10000", "0")).isInstanceOf(IllegalArgumentException.class);
	}
}
