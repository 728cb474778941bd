package cn.gov.jiangmen.subsidy.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The terms of the procedure (Chapter 4) as dated data beside the money: each read on the day of the
 * act it governs, with the article it comes from. A day no value covers fails
 * ({@link MissingParameterException}), as a money parameter does: a deadline is never guessed.
 */
public final class ProcedureTerms {

	/** 第十四条: 公示时间不少于5个工作日. */
	public static final String NOTICE_WORKING_DAYS = "procedure.notice_working_days";
	/** 第十四条: 在接到异议之日起10个工作日内重新调查处理. */
	public static final String INVESTIGATION_WORKING_DAYS = "procedure.objection_investigation_working_days";
	/** Not in the text: when the investigator is reminded, counted in working days left, the last day included. */
	public static final String REMINDER_WORKING_DAYS_LEFT = "procedure.objection_reminder_working_days_left";
	/** 第十四条: 编入次年部门预算 (1: the year after the act). */
	public static final String BUDGET_YEARS_AFTER_ACT = "procedure.budget_years_after_act";

	/** A term in force on a day: how many (working days, years), and the article that says so. */
	public record Term(int value, String article) {
	}

	private final DatedSeries<BigDecimal> noticeWorkingDays;
	private final DatedSeries<BigDecimal> investigationWorkingDays;
	private final DatedSeries<BigDecimal> reminderWorkingDaysLeft;
	private final DatedSeries<BigDecimal> budgetYearsAfterAct;

	private ProcedureTerms(Map<String, DatedSeries<BigDecimal>> terms) {
		this.noticeWorkingDays = count(terms, NOTICE_WORKING_DAYS);
		this.investigationWorkingDays = count(terms, INVESTIGATION_WORKING_DAYS);
		this.reminderWorkingDaysLeft = count(terms, REMINDER_WORKING_DAYS_LEFT);
		this.budgetYearsAfterAct = count(terms, BUDGET_YEARS_AFTER_ACT);
	}

	/** The {@code procedure} section of a pack's parameter file. */
	public static ProcedureTerms from(InputStream yaml) {
		return new ProcedureTerms(PolicyDataLoader.loadProcedure(yaml));
	}

	/** @throws PolicyDataException if the file has no such section, or a term is missing or not a whole count */
	public static ProcedureTerms fromClasspath(String resource) {
		try (InputStream in = ProcedureTerms.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the classpath");
			}
			return from(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DatedSeries<BigDecimal> count(Map<String, DatedSeries<BigDecimal>> terms, String name) {
		DatedSeries<BigDecimal> series = terms.get(name);
		if (series == null) {
			throw new PolicyDataException("参数文件的 procedure 一节缺少 " + name);
		}
		ParameterKind.COUNT.check(series, "参数 ");
		return series;
	}

	/** The public notice of a plan published on {@code day} lasts at least this many working days. */
	public Term noticeWorkingDays(LocalDate day) {
		return term(noticeWorkingDays, day);
	}

	/** An objection received on {@code day} is re-investigated within this many working days. */
	public Term investigationWorkingDays(LocalDate day) {
		return term(investigationWorkingDays, day);
	}

	/** The investigator of an objection received on {@code day} is reminded this many working days before its end. */
	public Term reminderWorkingDaysLeft(LocalDate day) {
		return term(reminderWorkingDaysLeft, day);
	}

	/** The budget year of a list put into the budget on {@code day} (第十四条: the next year). */
	public Term budgetYear(LocalDate day) {
		Term after = term(budgetYearsAfterAct, day);
		return new Term(day.getYear() + after.value(), after.article());
	}

	private static Term term(DatedSeries<BigDecimal> series, LocalDate day) {
		Dated<BigDecimal> value = series.at(day);
		return new Term(value.value().intValueExact(), value.article());
	}
}
