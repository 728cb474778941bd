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

/** 第十一条: AEO advanced certification and the Canton Fair design innovation award. */
class AeoAndDesignAwardTest {

	private static final LocalDate CERTIFIED = LocalDate.of(2025, 5, 20);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                    | level    | first | amount   | reasons
			第十一条(一): first advanced certification, 50000         | ADVANCED | true  | 50000.00 |
			第十一条(一): a general certification is out              | GENERAL  | true  | 0.00     | NOT_ADVANCED_AEO
			第十一条(一): not the first certification is out          | ADVANCED | false | 0.00     | NOT_FIRST_AEO
			第十一条(一): both reasons are named                      | GENERAL  | false | 0.00     | NOT_ADVANCED_AEO NOT_FIRST_AEO
			""")
	void aeoCertification(String rule, AeoLevel level, boolean first, String amount, String reasons) {
		ItemAssessment result = assess(new AeoCertification(CERTIFIED, level, first, null));

		assertThat(result.amount()).isEqualTo(yuan(amount));
		assertThat(result.reasons()).map(Enum::name)
			.isEqualTo(reasons == null ? List.of() : List.of(reasons.split(" ")));
		assertThat(result.articles()).contains("第十一条第（一）项");
	}

	@Test
	void aeo_support_is_given_once_per_enterprise_ever() {
		ItemAssessment result = assess(Claims.POLICY, enterprise(),
				new AeoCertification(CERTIFIED, AeoLevel.ADVANCED, true, null),
				prior(ItemType.AEO_CERTIFICATION, 2024, "50000.00"));

		assertThat(result.reasons()).containsExactly(ReasonCode.AEO_ALREADY_SUPPORTED);
	}

	@Test
	void a_second_aeo_item_in_the_same_request_is_already_supported() {
		AeoCertification aeo = new AeoCertification(CERTIFIED, AeoLevel.ADVANCED, true, null);

		Assessment assessment = Claims.POLICY.assess(enterprise(), List.of(aeo, aeo), PriorAwards.NONE, Claims.TODAY);

		assertThat(assessment.items().get(0).amount()).isEqualTo("50000.00");
		assertThat(assessment.items().get(1).reasons()).containsExactly(ReasonCode.AEO_ALREADY_SUPPORTED);
		assertThat(assessment.total()).isEqualTo("50000.00");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                            | session | tier         | amount   | reasons
			第十一条(二): the 134th session is before the first supported one | 134     | GOLD         | 0.00     | AWARD_SESSION_TOO_EARLY
			第十一条(二): the 135th session (spring 2024) is the first        | 135     | GOLD         | 30000.00 |
			第十二条: the 140th session (autumn 2026) is the last in period   | 140     | SUPREME_GOLD | 50000.00 |
			第十二条: the 141st session (spring 2027) is after the period     | 141     | BRONZE       | 0.00     | OUTSIDE_POLICY_PERIOD
			第十一条(二): a silver award, 20000                               | 137     | SILVER       | 20000.00 |
			第十一条(二): a bronze award, 10000                               | 138     | BRONZE       | 10000.00 |
			""")
	void cantonFairDesignAward(String rule, int session, AwardTier tier, String amount, String reasons) {
		ItemAssessment result = assess(new CantonFairDesignAward(session, tier, null));

		assertThat(result.amount()).isEqualTo(yuan(amount));
		assertThat(result.reasons()).map(Enum::name).isEqualTo(reasons == null ? List.of() : List.of(reasons));
	}

	@Test
	void a_session_is_dated_by_its_opening_day_twice_a_year() {
		assertThat(new CantonFairDesignAward(134, AwardTier.GOLD, null).date()).isEqualTo("2023-10-15");
		assertThat(new CantonFairDesignAward(135, AwardTier.GOLD, null).date()).isEqualTo("2024-04-15");
		assertThat(new CantonFairDesignAward(140, AwardTier.GOLD, null).date()).isEqualTo("2026-10-15");
		assertThat(new CantonFairDesignAward(141, AwardTier.GOLD, null).date()).isEqualTo("2027-04-15");
	}

	@Test
	void each_award_is_supported_and_the_trace_names_it() {
		Assessment assessment = Claims.POLICY.assess(enterprise(), List.of(
				new CantonFairDesignAward(136, AwardTier.SUPREME_GOLD, null),
				new CantonFairDesignAward(136, AwardTier.SUPREME_GOLD, null)), PriorAwards.NONE, Claims.TODAY);

		assertThat(assessment.total()).isEqualTo("100000.00");
		assertThat(assessment.items().get(0).trace()).contains("第136届广交会设计创新奖至尊金奖 50000.00");
	}
}
