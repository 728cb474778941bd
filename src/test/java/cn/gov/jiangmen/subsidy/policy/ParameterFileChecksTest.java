package cn.gov.jiangmen.subsidy.policy;

import static cn.gov.jiangmen.subsidy.policy.Claims.policyWith;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A parameter file that breaks the text, or leaves a day of the period without a value, is refused
 * when it is loaded, with a message naming the value, its days and its article: the application
 * does not start with it, instead of answering 500 to the first claim (POLICY-NOTES round 2).
 */
class ParameterFileChecksTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                                      | fixture                          | message names
			第十条(一): a district top-up above 5% is refused                           | top-up-above-five-percent.yaml   | districts.XINHUI 2024-01-01 至 2026-12-31 的 insurance_top_up_rate 6%（新会区加码决定）超过第十条第（一）项允许区级参照执行的最高 5%
			第三条: one of the three districts paying for itself is refused              | district-funding-itself.yaml     | districts.PENGJIANG 2024-01-01 至 2026-12-31 的 funding: SELF（第十九条）不符合第三条
			第十九条: a county-level city funded by the city is refused                  | county-funded-by-the-city.yaml   | districts.TAISHAN 2024-01-01 至 2026-12-31 的 funding: CITY（第十九条）不符合第十九条
			a gap in a dated series is refused, naming the days and both articles       | gap-in-a-series.yaml             | 参数 credit_service.rate 的取值有空档：2025-07-01 至 2025-07-31 没有取值（前一取值至 2025-06-30，第十条第（二）项；后一取值自 2025-08-01，第十条第（二）项（修订））
			an overlap in a dated series is refused, naming both values                 | overlap-in-a-series.yaml         | 参数 credit_service.rate 的取值重叠：2024-01-01 至 2025-06-30（第十条第（二）项）与 2025-06-30 至 2026-12-31（第十条第（二）项（修订））
			a series that ends before the period does is refused                        | series-short-of-the-period.yaml  | 参数 credit_service.annual_cap 的取值至 2025-12-31 止（第十条第（二）项），2026-01-01 至 2026-12-31 没有取值；期限为 2024-01-01 至 2026-12-31（第十二条）
			""")
	void a_file_that_breaks_the_text_is_refused_at_load(String rule, String fixture, String message) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/policy-fixtures/" + fixture)) {
			assertThatThrownBy(() -> Jiangmen2025Policy.from(in)).as(rule)
				.isInstanceOf(PolicyDataException.class)
				.hasMessageContaining(message);
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                     | line of the shipped file                                                          | changed to                                                                         | message names
			a booth limit must be a whole number                       | value: 2, article: 第九条第（一）项第2目}                                               | value: 2.5, article: 第九条第（一）项第2目}                                              | hkmt_exhibition.max_standard_booths 2024-01-01 至 2026-12-31 的取值 2.5（第九条第（一）项第2目）应为不小于 1 的整数
			a per-booth maximum cannot be negative                     | value: 3000.00, article: 第九条第（二）项}                                             | value: -3000.00, article: 第九条第（二）项}                                             | domestic_exhibition.per_booth_max 2024-01-01 至 2026-12-31 的取值 -3000.00（第九条第（二）项）应为不小于 0、至多两位小数的金额
			a rate is a fraction of at most 1                          | value: 0.50, article: 第十条第（二）项}                                                | value: 50, article: 第十条第（二）项}                                                  | credit_service.rate 2024-01-01 至 2026-12-31 的取值 50（第十条第（二）项）应为0 至 1 之间的比例
			money is counted to the fen                                | value: 50000.00, article: 第十一条第（一）项}                                          | value: 50000.005, article: 第十一条第（一）项}                                         | aeo_certification.amount 2024-01-01 至 2026-12-31 的取值 50000.005（第十一条第（一）项）
			a country group's maximum is money too                     | value: 20000.00, article: 第九条第（一）项第1目}                                       | value: 20000.001, article: 第九条第（一）项第1目}                                      | overseas_exhibition.per_booth_max.americas
			""")
	void a_value_of_the_wrong_kind_is_refused_at_load(String rule, String line, String changed, String message) {
		assertThatThrownBy(() -> policyWith(Map.of(line, changed))).as(rule)
			.isInstanceOf(PolicyDataException.class)
			.hasMessageContaining(message);
	}
}
