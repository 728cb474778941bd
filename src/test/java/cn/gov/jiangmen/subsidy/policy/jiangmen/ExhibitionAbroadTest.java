package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.Booths;
import cn.gov.jiangmen.subsidy.policy.ItemAssessment;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;
import static cn.gov.jiangmen.subsidy.policy.jiangmen.Claims.assess;
import static cn.gov.jiangmen.subsidy.policy.jiangmen.Claims.overseas;
import static cn.gov.jiangmen.subsidy.policy.jiangmen.Claims.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 第九条第（一）项第1目 and 第3目: exhibitions abroad in the key exhibition plan. */
class ExhibitionAbroadTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                               | country | booths   | expenses | other    | amount   | trace
			2 standard booths in the USA: 2 × 10000                              | US      | 2        | 50000    | 0        | 20000.00 | min(2 × 10000.00, 50000.00 − 0.00) = 20000.00
			3 standard booths abroad count as only 2                             | US      | 3        | 50000    | 0        | 20000.00 | 标准展位 min(3, 2) = 2 个
			1 standard booth in Canada gets the 10000 of other countries         | CA      | 1        | 50000    | 0        | 10000.00 | 其他国家和地区 10000.00
			Brazil is in the Americas other than the USA and Canada: 20000       | BR      | 1        | 50000    | 0        | 20000.00 | 美洲（不含美国、加拿大） 20000.00
			Mexico is in the Americas: 20000                                     | MX      | 2        | 50000    | 0        | 40000.00 | min(2 × 20000.00, 50000.00 − 0.00)
			Japan is another RCEP member: 15000                                  | JP      | 1        | 50000    | 0        | 15000.00 | RCEP其他成员国 15000.00
			Russia is a Belt and Road country: 15000                             | RU      | 1        | 50000    | 0        | 15000.00 | 共建“一带一路”国家和地区 15000.00
			Chile is Belt and Road and Americas: the highest, 20000, wins        | CL      | 1        | 50000    | 0        | 20000.00 | 取最高，每展位最高 20000.00
			New Zealand is RCEP and Belt and Road: 15000                         | NZ      | 1        | 50000    | 0        | 15000.00 | 取最高，每展位最高 15000.00
			Germany is in no group: 10000                                        | DE      | 1        | 50000    | 0        | 10000.00 | 其他国家和地区 10000.00
			a special booth of exactly 9 m² counts as one booth                  | DE      | 9 m²     | 50000    | 0        | 10000.00 | min(floor(9 m² ÷ 9 m²), 4) = 1 个
			a special booth of 17.99 m² still counts as one booth                | DE      | 17.99 m² | 50000    | 0        | 10000.00 | min(floor(17.99 m² ÷ 9 m²), 4) = 1 个
			a special booth of 18 m² counts as two booths                        | DE      | 18 m²    | 50000    | 0        | 20000.00 | = 2 个
			a special booth of 36 m² counts as four booths                       | DE      | 36 m²    | 50000    | 0        | 40000.00 | = 4 个
			a special booth of 45 m² still counts as four booths                 | DE      | 45 m²    | 50000    | 0        | 40000.00 | min(floor(45 m² ÷ 9 m²), 4) = 4 个
			a special booth under 9 m² counts as no booth                        | DE      | 8.99 m²  | 50000    | 0        | 0.00     | = 0 个
			the amount never exceeds expenditure less other subsidies            | US      | 2        | 15000    | 3000     | 12000.00 | min(2 × 10000.00, 15000.00 − 3000.00) = 12000.00
			other subsidies with odd fen leave odd fen                           | US      | 2        | 50000    | 45000.51 | 4999.49  | min(2 × 10000.00, 50000.00 − 45000.51) = 4999.49
			""")
	void perBoothMaximumByHostCountry(String rule, String country, String booths, String expenses, String other,
			String amount, String trace) {
		ItemAssessment result = assess(overseas(country, booths, expenses, other));

		assertThat(result.eligible()).isTrue();
		assertThat(result.amount()).isEqualTo(yuan(amount));
		assertThat(result.cityAmount()).isEqualTo(yuan(amount));
		assertThat(result.districtAmount()).isEqualTo("0.00");
		assertThat(result.trace()).contains(trace);
		assertThat(result.articles()).contains("第九条第（一）项第1目", "第十二条", "第三条");
	}

	@Test
	void the_trace_reads_as_the_computation_with_its_numbers() {
		assertThat(assess(overseas("CL", "3", "50000", "0")).trace()).isEqualTo(
				"举办地 CL：共建“一带一路”国家和地区 15000.00、美洲（不含美国、加拿大） 20000.00，取最高，每展位最高 20000.00；"
						+ "标准展位 min(3, 2) = 2 个；min(2 × 20000.00, 50000.00 − 0.00) = 40000.00；"
						+ "合计 40000.00（市级 40000.00，区级 0.00）");
	}

	@Test
	void an_exhibition_outside_the_key_exhibition_plan_is_not_supported() {
		OverseasExhibition x = new OverseasExhibition("JP", Claims.IN_PERIOD, false, Booths.standard(2), yuan("50000"),
				null, false, false, null);

		ItemAssessment result = assess(x);

		assertThat(result.eligible()).isFalse();
		assertThat(result.amount()).isEqualTo("0.00");
		assertThat(result.reasons()).containsExactly(ReasonCode.NOT_IN_KEY_EXHIBITION_PLAN);
	}

	@Test
	void an_overseas_subsidiary_exhibits_for_its_parent_only_with_the_investment_certificate() {
		OverseasExhibition without = new OverseasExhibition("JP", Claims.IN_PERIOD, true, Booths.standard(1),
				yuan("50000"), null, true, false, null);
		OverseasExhibition with = new OverseasExhibition("JP", Claims.IN_PERIOD, true, Booths.standard(1),
				yuan("50000"), null, true, true, null);

		assertThat(assess(without).reasons()).containsExactly(ReasonCode.NO_INVESTMENT_CERTIFICATE);
		assertThat(assess(without).articles()).contains("第九条第（一）项第3目");
		assertThat(assess(with).amount()).isEqualTo("15000.00");
		assertThat(assess(with).articles()).contains("第九条第（一）项第3目");
	}

	@ParameterizedTest(name = "{0} is not abroad")
	@ValueSource(strings = { "CN", "HK", "MO", "TW" })
	void china_hong_kong_macao_and_taiwan_are_not_exhibitions_abroad(String country) {
		assertThatThrownBy(() -> overseas(country, "1", "50000", "0")).isInstanceOf(IllegalArgumentException.class);
	}
}
