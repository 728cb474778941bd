package cn.gov.jiangmen.subsidy.policy;

import static cn.gov.jiangmen.subsidy.policy.Claims.assess;
import static cn.gov.jiangmen.subsidy.policy.Claims.enterprise;
import static cn.gov.jiangmen.subsidy.policy.Claims.prior;
import static cn.gov.jiangmen.subsidy.policy.Claims.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 第十条第（二）项 (credit services) and 第十条第（三）项 (overseas investment insurance). */
class CreditServiceAndInvestmentInsuranceTest {

	private static final LocalDate PAID = LocalDate.of(2024, 6, 30);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                      | fees     | other | held    | amount   | reasons            | trace
			第十条(二): 50% of 3000                                     | 3000     | 0     | 0       | 1500.00  |                    | 资信服务费 50% × (3000.00 − 0.00) = 1500.00
			第十条(二): 50% of 0.03 is 0.015, paid as 0.01              | 0.03     | 0     | 0       | 0.01     |                    | = 0.01
			第十条(二): 50% of 30000 is capped at 10000 a year          | 30000    | 0     | 0       | 10000.00 |                    | 按剩余额度支付：min(15000.00, 10000.00) = 10000.00
			第十条(二): with 9000 held this year, 1000 is left          | 3000     | 0     | 9000    | 1000.00  |                    | 剩余 1000.00
			第十条(二): with 10000 held this year, nothing is left      | 3000     | 0     | 10000   | 0.00     | ANNUAL_CAP_REACHED |
			第十二条: other subsidies reduce the base                   | 3000     | 1000  | 0       | 1000.00  |                    | 50% × (3000.00 − 1000.00) = 1000.00
			""")
	void creditServices(String rule, String fees, String other, String held, String amount, String reasons,
			String trace) {
		ItemAssessment result = assess(Claims.POLICY, enterprise(),
				new CreditService(PAID, yuan(fees), yuan(other), null), prior(ItemType.CREDIT_SERVICE, 2024, held));

		assertThat(result.amount()).isEqualTo(yuan(amount));
		assertThat(result.reasons()).map(Enum::name).isEqualTo(reasons == null ? List.of() : List.of(reasons));
		if (trace != null) {
			assertThat(result.trace()).contains(trace);
		}
		assertThat(result.articles()).contains("第十条第（二）项");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                        | premium | certificate | held  | amount   | reasons
			第十条(三): 20% of 100000                                     | 100000  | true        | 0     | 20000.00 |
			第十条(三): 20% of 200000 is capped at 30000 a year           | 200000  | true        | 0     | 30000.00 |
			第十条(三): with 25000 held, 5000 is left                     | 100000  | true        | 25000 | 5000.00  |
			第十条(三): with 30000 held, nothing is left                  | 100000  | true        | 30000 | 0.00     | ANNUAL_CAP_REACHED
			第十条(三): without the overseas investment certificate, none | 100000  | false       | 0     | 0.00     | NO_INVESTMENT_CERTIFICATE
			""")
	void overseasInvestmentInsurance(String rule, String premium, boolean certificate, String held, String amount,
			String reasons) {
		ItemAssessment result = assess(Claims.POLICY, enterprise(),
				new OverseasInvestmentInsurance(PAID, yuan(premium), certificate, null, null),
				prior(ItemType.OVERSEAS_INVESTMENT_INSURANCE, 2024, held));

		assertThat(result.amount()).isEqualTo(yuan(amount));
		assertThat(result.cityAmount()).isEqualTo(yuan(amount));
		assertThat(result.reasons()).map(Enum::name).isEqualTo(reasons == null ? List.of() : List.of(reasons));
	}

	@Test
	void the_credit_service_cap_counts_earlier_items_of_the_same_request() {
		Assessment assessment = Claims.POLICY.assess(enterprise(),
				List.of(new CreditService(PAID, yuan("16000"), null, null), new CreditService(PAID, yuan("8000"), null, null)),
				PriorAwards.NONE, Claims.TODAY);

		assertThat(assessment.items()).extracting(ItemAssessment::amount)
			.containsExactly(yuan("8000.00"), yuan("2000.00"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                                       | certificate | certificate date | paid       | amount   | reasons
			第十条(三): a premium paid after the certificate counts                      | true        | 2024-03-01       | 2024-06-30 | 20000.00 |
			第十条(三): a premium paid on the certificate's day counts                   | true        | 2024-06-30       | 2024-06-30 | 20000.00 |
			第十条(三): a premium paid the day before the certificate does not           | true        | 2024-07-01       | 2024-06-30 | 0.00     | PAID_BEFORE_CERTIFICATE
			第十条(三): without the certificate's date, the certificate alone is asked    | true        |                  | 2024-06-30 | 20000.00 |
			第十条(三): no certificate and paid before its date: both are named           | false       | 2024-07-01       | 2024-06-30 | 0.00     | NO_INVESTMENT_CERTIFICATE PAID_BEFORE_CERTIFICATE
			""")
	void investmentInsuranceCountsOnlyPremiumsPaidAfterTheCertificate(String rule, boolean certificate,
			LocalDate certified, LocalDate paid, String amount, String reasons) {
		ItemAssessment result = assess(new OverseasInvestmentInsurance(paid, yuan("100000"), certificate, null, null,
				certified));

		assertThat(result.amount()).as(rule).isEqualTo(yuan(amount));
		assertThat(result.reasons()).map(Enum::name)
			.as(rule)
			.isEqualTo(reasons == null ? List.of() : List.of(reasons.split(" ")));
		if (reasons != null && reasons.contains("PAID_BEFORE_CERTIFICATE")) {
			assertThat(result.trace()).contains("保费缴纳于 " + paid + "，早于取得《企业境外投资证书》的 " + certified);
		}
	}
}
