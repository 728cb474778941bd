package cn.gov.jiangmen.subsidy.policy;

import static cn.gov.jiangmen.subsidy.policy.Claims.assess;
import static cn.gov.jiangmen.subsidy.policy.Claims.enterprise;
import static cn.gov.jiangmen.subsidy.policy.Claims.policyWith;
import static cn.gov.jiangmen.subsidy.policy.Claims.prior;
import static cn.gov.jiangmen.subsidy.policy.Claims.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reason texts and traces say the dates, sessions, amounts and articles of the parameters they were
 * decided by: change the file and the words change with it. An item paid 0.00 says why.
 */
class LabelsFollowTheDataTest {

	private static final LocalDate PAID = LocalDate.of(2025, 3, 1);

	@Test
	void the_period_in_a_refusal_is_the_period_of_the_file() {
		Policy shorter = policyWith(Map.of("period: {from: 2024-01-01, to: 2026-12-31, article: 第十二条}",
				"period: {from: 2024-01-01, to: 2025-12-31, article: 第十二条}"));

		ItemAssessment shipped = assess(Claims.insurance(LocalDate.of(2027, 1, 1), "1000"));
		ItemAssessment amended = assess(shorter, enterprise(), Claims.insurance(LocalDate.of(2026, 1, 1), "1000"),
				PriorAwards.NONE);

		assertThat(shipped.trace()).contains("不予支持：项目发生时间不在2024年1月1日至2026年12月31日（第十二条）");
		assertThat(amended.reasons()).containsExactly(ReasonCode.OUTSIDE_POLICY_PERIOD);
		assertThat(amended.trace()).contains("项目日期 2026-01-01 不在 2024-01-01 至 2025-12-31 之内",
				"不予支持：项目发生时间不在2024年1月1日至2025年12月31日（第十二条）");
	}

	@Test
	void the_first_supported_session_in_a_refusal_is_the_file_s() {
		Policy fromThe136th = policyWith(
				Map.of("value: 135, article: 第十一条第（二）项", "value: 136, article: 第十一条第（二）项"));

		ItemAssessment result = assess(fromThe136th, enterprise(), new CantonFairDesignAward(135, AwardTier.GOLD, null),
				PriorAwards.NONE);

		assertThat(result.reasons()).containsExactly(ReasonCode.AWARD_SESSION_TOO_EARLY);
		assertThat(result.trace()).contains("第135届早于支持的首届（第136届）",
				"不予支持：第136届之前的广交会设计创新奖不予支持（第十一条第（二）项）");
	}

	@Test
	void a_canton_fair_item_says_which_session_date_it_was_judged_by() {
		assertThat(assess(new CantonFairDesignAward(137, AwardTier.SILVER, null)).trace())
			.startsWith("第137届广交会开幕日 2025-04-15，按此日期判断是否在期限内并适用参数");
		assertThat(assess(new CantonFairDesignAward(141, AwardTier.SILVER, null)).trace())
			.contains("第141届广交会开幕日 2027-04-15", "项目日期 2027-04-15 不在 2024-01-01 至 2026-12-31 之内");
	}

	@ParameterizedTest(name = "{0} names 第十条第（{2}）项")
	@CsvSource(delimiter = '|', textBlock = """
			EXPORT_CREDIT_INSURANCE       | 500000.00 | 一
			CREDIT_SERVICE                | 10000.00  | 二
			OVERSEAS_INVESTMENT_INSURANCE | 30000.00  | 三
			""")
	void an_annual_cap_reached_names_the_article_of_its_own_item(ItemType type, String cap, String clause) {
		ClaimItem item = switch (type) {
			case EXPORT_CREDIT_INSURANCE -> Claims.insurance(PAID, "100000");
			case CREDIT_SERVICE -> new CreditService(PAID, yuan("1000"), null, null);
			default -> new OverseasInvestmentInsurance(PAID, yuan("1000"), true, null, null);
		};

		ItemAssessment result = assess(Claims.POLICY, enterprise(), item, prior(type, 2025, cap));

		assertThat(result.reasons()).containsExactly(ReasonCode.ANNUAL_CAP_REACHED);
		assertThat(result.trace()).endsWith("不予支持：已达每家企业年度支持上限（第十条第（" + clause + "）项）");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                           | item                         | why
			a special booth under 9 m² counts no booth                       | special booth of 8.5 m²      | 特装面积不足一个标准展位（9 m²），折算 0 个展位，支持金额为 0.00
			no expenditure is nothing to support                              | exhibition costing 0         | 实际支出为 0.00，没有可支持的支出，支持金额为 0.00（以实际支出额为限）
			5% of a premium of 0.19 is less than a fen                        | premium of 0.19              | 市级 5% × (0.19 − 0.00) = 0.00（不足 0.01 元，按分向下取整）
			an applicant may ask for nothing                                  | AEO asking 0                 | 申请额 0.00 低于测算额 50000.00，按申请额支付
			""")
	void an_eligible_item_of_0_00_says_why(String rule, String item, String why) {
		ClaimItem claim = switch (item) {
			case "special booth of 8.5 m²" -> new OverseasExhibition("DE", Claims.IN_PERIOD, true,
					Booths.special(yuan("8.5")), yuan("50000"), null, false, false, null);
			case "exhibition costing 0" -> new OverseasExhibition("DE", Claims.IN_PERIOD, true, Booths.standard(2),
					yuan("0"), null, false, false, null);
			case "premium of 0.19" -> Claims.insurance(PAID, "0.19");
			default -> new AeoCertification(PAID, AeoLevel.ADVANCED, true, yuan("0"));
		};

		ItemAssessment result = assess(claim);

		assertThat(result.eligible()).as(rule).isTrue();
		assertThat(result.amount()).isEqualTo("0.00");
		assertThat(result.trace()).as(rule).contains(why);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                                  | expenses | other | reasons
			第十二条: nothing spent and nothing received is not "fully subsidised"   | 0        | 0     |
			第十二条: a subsidy received for nothing spent covers it                 | 0        | 100   | FULLY_SUBSIDISED
			第十二条: a subsidy equal to the expenditure covers it                   | 100      | 100   | FULLY_SUBSIDISED
			""")
	void fully_subsidised_is_said_only_of_a_subsidy_that_covers_the_expenditure(String rule, String expenses,
			String other, String reasons) {
		ItemAssessment result = assess(new CreditService(PAID, yuan(expenses), yuan(other), null));

		assertThat(result.reasons()).map(Enum::name).as(rule)
			.isEqualTo(reasons == null ? List.of() : List.of(reasons));
	}

	/** A date or a session written into the rules would outlive the parameter it copies. */
	@Test
	void the_rules_hold_no_date_or_session_of_the_text_in_their_words() throws IOException {
		Pattern literal = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日|第\\d+届");
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java/cn/gov/jiangmen/subsidy/policy"))) {
			List<String> offending = sources.filter(path -> path.toString().endsWith(".java"))
				.filter(path -> literal.matcher(read(path)).find())
				.map(path -> path.getFileName().toString())
				.toList();
			assertThat(offending).isEmpty();
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
