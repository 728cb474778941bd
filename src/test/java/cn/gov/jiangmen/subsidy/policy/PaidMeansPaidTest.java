package cn.gov.jiangmen.subsidy.policy;

import static cn.gov.jiangmen.subsidy.policy.Claims.enterprise;
import static cn.gov.jiangmen.subsidy.policy.Claims.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 第十条第（一）项、第（三）项 "并已经实际缴纳费用的": money not yet paid is not supported, and neither is an
 * exhibition that has not started (POLICY-NOTES round 2). "Today" is the day in China the
 * assessment is made; the item's parameters are still those of its own date.
 */
class PaidMeansPaidTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	private static final Function<LocalDate, ClaimItem> INSURANCE = day -> Claims.insurance(day, "10000");

	@ParameterizedTest(name = "{0}: dated {1}, {2}")
	@CsvSource(delimiter = '|', textBlock = """
			# type                        | date       | outcome   | article
			EXPORT_CREDIT_INSURANCE       | 2026-03-10 | supported | 第十条第（一）项
			EXPORT_CREDIT_INSURANCE       | 2026-03-11 | refused   | 第十条第（一）项
			OVERSEAS_INVESTMENT_INSURANCE | 2026-03-11 | refused   | 第十条第（三）项
			CREDIT_SERVICE                | 2026-03-11 | refused   | 第十条第（二）项
			OVERSEAS_EXHIBITION           | 2026-03-10 | supported | 第九条第（一）项第1目
			OVERSEAS_EXHIBITION           | 2026-12-31 | refused   | 第九条第（一）项第1目
			HKMT_EXHIBITION               | 2026-04-01 | refused   | 第九条第（一）项第2目
			DOMESTIC_EXHIBITION           | 2026-04-01 | refused   | 第九条第（二）项
			AEO_CERTIFICATION             | 2026-04-01 | refused   | 第十一条第（一）项
			""")
	void an_item_dated_after_today_has_not_been_paid_yet(ItemType type, LocalDate date, String outcome, String article) {
		ItemAssessment result = assess(item(type, date));

		boolean refused = "refused".equals(outcome);
		assertThat(result.eligible()).isEqualTo(!refused);
		assertThat(result.reasons()).isEqualTo(refused ? List.of(ReasonCode.NOT_YET_PAID) : List.of());
		if (refused) {
			assertThat(result.trace()).contains("项目日期 " + date + " 晚于今天 2026-03-10（北京时间）",
					"不予支持：项目日期晚于今天（北京时间），费用尚未实际发生或缴纳（" + article + "）");
			assertThat(result.articles()).contains(article);
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                                     | session | reasons
			第十一条(二): the 139th session (spring 2026) opens after 10 March        | 139     | NOT_YET_PAID
			第十一条(二): the 138th session (autumn 2025) has been held                | 138     |
			""")
	void a_design_award_of_a_session_not_yet_held_is_not_supported_yet(String rule, int session, String reasons) {
		ItemAssessment result = assess(new CantonFairDesignAward(session, AwardTier.GOLD, null));

		assertThat(result.reasons()).map(Enum::name).as(rule)
			.isEqualTo(reasons == null ? List.of() : List.of(reasons));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                                          | date       | reasons
			a future date outside the period is refused for the period alone (第十二条)     | 2027-01-01 | OUTSIDE_POLICY_PERIOD
			a future date in the period names every reason against it                     | 2026-06-01 | NOT_YET_PAID PLATFORM_INSURANCE
			""")
	void reasons_of_a_future_item(String rule, LocalDate date, String reasons) {
		ItemAssessment result = assess(new ExportCreditInsurance(date, yuan("1000"), true, null, null));

		assertThat(result.reasons()).map(Enum::name).as(rule).isEqualTo(List.of(reasons.split(" ")));
	}

	private static ItemAssessment assess(ClaimItem item) {
		return Claims.POLICY.assess(enterprise(), List.of(item), PriorAwards.NONE, TODAY).items().get(0);
	}

	private static ClaimItem item(ItemType type, LocalDate date) {
		return switch (type) {
			case EXPORT_CREDIT_INSURANCE -> INSURANCE.apply(date);
			case OVERSEAS_INVESTMENT_INSURANCE -> new OverseasInvestmentInsurance(date, yuan("10000"), true, null, null);
			case CREDIT_SERVICE -> new CreditService(date, yuan("1000"), null, null);
			case OVERSEAS_EXHIBITION -> new OverseasExhibition("US", date, true, Booths.standard(1), yuan("10000"), null,
					false, false, null);
			case HKMT_EXHIBITION -> new HkmtExhibition("MO", date, true, Booths.standard(1), yuan("10000"), null, false,
					false, null);
			case DOMESTIC_EXHIBITION -> new DomesticExhibition(date, true, false, 1, yuan("10000"), null, null);
			case AEO_CERTIFICATION -> new AeoCertification(date, AeoLevel.ADVANCED, true, null);
			case CANTON_FAIR_DESIGN_AWARD -> throw new IllegalArgumentException("dated by its session");
		};
	}
}
