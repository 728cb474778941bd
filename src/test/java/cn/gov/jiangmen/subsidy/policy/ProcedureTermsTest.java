package cn.gov.jiangmen.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gov.jiangmen.subsidy.policy.ProcedureTerms.Term;
import cn.gov.jiangmen.subsidy.policy.jiangmen.Jiangmen2025Policy;
import cn.gov.jiangmen.subsidy.policy.yueqing.YueqingDraft2022Policy;

/** 第十四条's numbers are data with their article, read on the day of the act. */
class ProcedureTermsTest {

	private static final ProcedureTerms JIANGMEN = ProcedureTerms.fromClasspath(Jiangmen2025Policy.RESOURCE);

	private static final LocalDate ACT = LocalDate.of(2026, 3, 10);

	@Test
	void the_notice_lasts_at_least_five_working_days() {
		assertThat(JIANGMEN.noticeWorkingDays(ACT)).isEqualTo(new Term(5, "第十四条"));
	}

	@Test
	void an_objection_is_re_investigated_within_ten_working_days_and_reminded_three_before() {
		assertThat(JIANGMEN.investigationWorkingDays(ACT)).isEqualTo(new Term(10, "第十四条"));
		assertThat(JIANGMEN.reminderWorkingDaysLeft(ACT).value()).isEqualTo(3);
	}

	@Test
	void the_budget_is_the_next_year_s() {
		assertThat(JIANGMEN.budgetYear(ACT)).isEqualTo(new Term(2027, "第十四条"));
	}

	/** Acts on the last items of the period happen after it: the terms run through 2027, then stop. */
	@Test
	void the_terms_outlive_the_item_period_by_a_budget_year_and_no_more() {
		assertThat(JIANGMEN.noticeWorkingDays(LocalDate.of(2027, 12, 31)).value()).isEqualTo(5);
		assertThatThrownBy(() -> JIANGMEN.noticeWorkingDays(LocalDate.of(2028, 1, 1)))
			.isInstanceOf(MissingParameterException.class);
	}

	@Test
	void a_file_without_the_terms_is_refused() {
		assertThatThrownBy(() -> ProcedureTerms.fromClasspath(YueqingDraft2022Policy.RESOURCE))
			.isInstanceOf(PolicyDataException.class)
			.hasMessageContaining("procedure");
	}

	@Test
	void a_term_missing_from_the_section_is_refused_by_name() {
		String yaml = """
				procedure:
				  notice_working_days:
				    label: 公示
				    values:
				      - {from: 2024-01-01, to: 2027-12-31, value: 5, article: 第十四条}
				""";

		assertThatThrownBy(() -> ProcedureTerms.from(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(PolicyDataException.class)
			.hasMessageContaining(ProcedureTerms.INVESTIGATION_WORKING_DAYS);
	}
}
