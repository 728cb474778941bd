package cn.gov.jiangmen.subsidy.batch;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.policy.ProcedureTerms;
import cn.gov.jiangmen.subsidy.policy.ProcedureTerms.Term;

/**
 * The dates an act on a whole list fixes, from the procedure's dated terms (第十四条) and the
 * working-day calendar: when the public notice ends, which year's budget the list goes into.
 */
@Component
public class BatchTerms {

	private final ProcedureTerms terms;
	private final WorkingDays workingDays;

	BatchTerms(ProcedureTerms terms, WorkingDays workingDays) {
		this.terms = terms;
		this.workingDays = workingDays;
	}

	/**
	 * @param endsAt 00:00 of the day after the last working day of the notice: the day of publication
	 *        does not count
	 * @param lastDay the notice's last day, as the history tells it
	 */
	public record NoticePeriod(Date endsAt, LocalDate lastDay, int workingDays, String article) {
	}

	/** @param startsAt 00:00 of 1 January of that year, China time: the funds are released after it */
	public record BudgetYear(int year, Date startsAt, String article) {
	}

	public NoticePeriod noticePeriod(Date publishedAt) {
		Term term = terms.noticeWorkingDays(workingDays.dayOf(publishedAt));
		Date endsAt = workingDays.endOfWorkingDaysAfter(publishedAt, term.value());
		return new NoticePeriod(endsAt, workingDays.dayOf(endsAt).minusDays(1), term.value(), term.article());
	}

	public BudgetYear budgetYear(Date includedAt) {
		Term year = terms.budgetYear(workingDays.dayOf(includedAt));
		return new BudgetYear(year.value(),
				Date.from(LocalDate.of(year.value(), 1, 1).atStartOfDay(WorkingDays.ZONE).toInstant()), year.article());
	}
}
