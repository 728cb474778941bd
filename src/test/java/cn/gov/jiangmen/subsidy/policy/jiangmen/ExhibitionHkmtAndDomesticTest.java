package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.Booths;
import cn.gov.jiangmen.subsidy.policy.ItemAssessment;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;
import static cn.gov.jiangmen.subsidy.policy.jiangmen.Claims.assess;
import static cn.gov.jiangmen.subsidy.policy.jiangmen.Claims.booths;
import static cn.gov.jiangmen.subsidy.policy.jiangmen.Claims.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 第九条第（一）项第2目 (Hong Kong, Macao, Taiwan) and 第九条第（二）项 (professional fairs at home). */
class ExhibitionHkmtAndDomesticTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                          | region | booths | boothFee | other | amount   | trace
			第九条(一)2: 2 booths in Hong Kong, booth fee only, 10000 each  | HK     | 2      | 30000    | 0     | 20000.00 | min(2 × 10000.00, 30000.00 − 0.00) = 20000.00
			第九条(一)2: 3 standard booths in Macao count as 2              | MO     | 3      | 30000    | 0     | 20000.00 | 标准展位 min(3, 2) = 2 个
			第九条(一)2: a special booth of 45 m² in Taiwan counts as 4     | TW     | 45 m²  | 60000    | 0     | 40000.00 | min(4 × 10000.00, 60000.00 − 0.00) = 40000.00
			第九条(一)2: no more than the booth fee less other subsidies    | HK     | 2      | 8000     | 500   | 7500.00  | min(2 × 10000.00, 8000.00 − 500.00) = 7500.00
			""")
	void boothFeeInHongKongMacaoAndTaiwan(String rule, String region, String booths, String boothFee, String other,
			String amount, String trace) {
		ItemAssessment result = assess(new HkmtExhibition(region, Claims.IN_PERIOD, true, booths(booths), yuan(boothFee),
				yuan(other), false, false, null));

		assertThat(result.amount()).isEqualTo(yuan(amount));
		assertThat(result.cityAmount()).isEqualTo(yuan(amount));
		assertThat(result.trace()).contains(trace);
		assertThat(result.articles()).contains("第九条第（一）项第2目");
	}

	@ParameterizedTest(name = "{0} is not Hong Kong, Macao or Taiwan")
	@ValueSource(strings = { "CN", "US", "JP" })
	void only_hong_kong_macao_and_taiwan_are_hkmt_exhibitions(String country) {
		assertThatThrownBy(() -> new HkmtExhibition(country, Claims.IN_PERIOD, true, Booths.standard(1), yuan("1"), null,
				false, false, null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void an_hkmt_exhibition_by_a_subsidiary_without_the_certificate_is_refused() {
		ItemAssessment result = assess(new HkmtExhibition("HK", Claims.IN_PERIOD, true, Booths.standard(1),
				yuan("9000"), null, true, false, null));

		assertThat(result.reasons()).containsExactly(ReasonCode.NO_INVESTMENT_CERTIFICATE);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                  | booths | expenses | keyPlan | consumerFair | amount   | reasons
			第九条(二): 4 booths at a professional fair, 3000 each  | 4      | 20000    | true    | false        | 12000.00 |
			第九条(二): 5 booths count as 4                         | 5      | 20000    | true    | false        | 12000.00 |
			第九条(二): 1 booth                                     | 1      | 20000    | true    | false        | 3000.00  |
			第九条(二): no more than the expenditure                | 4      | 10000.99 | true    | false        | 10000.99 |
			第九条(二): a consumer or retail fair is out            | 2      | 20000    | true    | true         | 0.00     | CONSUMER_FAIR
			第九条(二): a fair outside the key plan is out          | 2      | 20000    | false   | false        | 0.00     | NOT_IN_KEY_EXHIBITION_PLAN
			第九条(二): both reasons are named                      | 2      | 20000    | false   | true         | 0.00     | NOT_IN_KEY_EXHIBITION_PLAN CONSUMER_FAIR
			""")
	void professionalFairsAtHome(String rule, int booths, String expenses, boolean keyPlan, boolean consumerFair,
			String amount, String reasons) {
		ItemAssessment result = assess(
				new DomesticExhibition(Claims.IN_PERIOD, keyPlan, consumerFair, booths, yuan(expenses), null, null));

		assertThat(result.amount()).isEqualTo(yuan(amount));
		assertThat(result.reasons()).map(Enum::name)
			.isEqualTo(reasons == null ? List.of() : List.of(reasons.split(" ")));
		assertThat(result.eligible()).isEqualTo(reasons == null);
		assertThat(result.articles()).contains("第九条第（二）项");
	}

	@Test
	void five_booths_at_home_show_the_limit_in_the_trace() {
		ItemAssessment result = assess(
				new DomesticExhibition(Claims.IN_PERIOD, true, false, 5, yuan("20000"), yuan("0"), null));

		assertThat(result.trace()).contains("展位 min(5, 4) = 4 个", "min(4 × 3000.00, 20000.00 − 0.00) = 12000.00");
	}
}
