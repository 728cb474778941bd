package cn.gov.jiangmen.subsidy.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.jiangmen.subsidy.AppTest;
import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.policy.MissingParameterException;

/** The dates the list acts fix, from 第十四条's terms in the parameter file and the holiday calendar. */
@AppTest
class BatchTermsTest {

	@Autowired
	BatchTerms terms;

	private static Date china(int year, int month, int day, int hour, int minute) {
		return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, WorkingDays.ZONE).toInstant());
	}

	/** 2026: 1–7 October off, Saturday the 10th worked (调休). The day of publication does not count. */
	@Test
	void the_notice_lasts_five_working_days_across_the_national_day_holiday() {
		BatchTerms.NoticePeriod notice = terms.noticePeriod(china(2026, 9, 29, 15, 0));

		assertThat(notice.workingDays()).isEqualTo(5);
		assertThat(notice.article()).isEqualTo("第十四条");
		assertThat(notice.lastDay()).isEqualTo(LocalDate.of(2026, 10, 12));
		assertThat(notice.endsAt()).isEqualTo(china(2026, 10, 13, 0, 0));
	}

	@Test
	void a_list_goes_into_the_next_year_s_budget_by_china_s_calendar() {
		BatchTerms.BudgetYear lastEvening = terms.budgetYear(china(2026, 12, 31, 23, 30));
		BatchTerms.BudgetYear newYearsNight = terms.budgetYear(china(2027, 1, 1, 0, 30));

		assertThat(lastEvening.year()).isEqualTo(2027);
		assertThat(lastEvening.startsAt()).isEqualTo(china(2027, 1, 1, 0, 0));
		assertThat(lastEvening.article()).isEqualTo("第十四条");
		assertThat(newYearsNight.year()).isEqualTo(2028);
	}

	/** Past the last dated term nothing is guessed: the act fails and says which term on which day. */
	@Test
	void an_act_on_a_day_no_term_covers_fails() {
		assertThatThrownBy(() -> terms.budgetYear(china(2028, 3, 1, 10, 0)))
			.isInstanceOf(MissingParameterException.class)
			.hasMessageContaining("procedure.budget_years_after_act")
			.hasMessageContaining("2028-03-01");
	}
}
