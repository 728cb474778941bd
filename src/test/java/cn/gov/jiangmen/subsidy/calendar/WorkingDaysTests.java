package cn.gov.jiangmen.subsidy.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rows written from 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号) and
 * 关于2026年部分节假日安排的通知, checked against tyme4j 1.4.9's data.
 */
class WorkingDaysTests {

	private final WorkingDays workingDays = new WorkingDays(new CalendarProperties(Map.of()));

	@ParameterizedTest(name = "{0}: {1} + {2} working days = {3}")
	@CsvSource(delimiter = '|', textBlock = """
		the make-up Sunday before Spring Festival 2025 is the next working day after the Friday | 2025-01-24 | 1  | 2025-01-26
		Spring Festival 2025 (28 Jan to 4 Feb) is skipped whole                                   | 2025-01-27 | 1  | 2025-02-05
		the make-up Saturday after Spring Festival 2025 counts as a working day                   | 2025-02-05 | 3  | 2025-02-08
		the make-up Sunday before National Day 2025 counts as a working day                       | 2025-09-26 | 1  | 2025-09-28
		the 5th working day after the eve of National Day 2025 falls after the holiday, counting the make-up Saturday | 2025-09-30 | 5 | 2025-10-14
		counting from a holiday starts with the first working day after the holiday              | 2025-10-03 | 1  | 2025-10-09
		counting crosses New Year 2026 into its make-up Sunday                                    | 2025-12-31 | 1  | 2026-01-04
		the make-up Saturday before Spring Festival 2026 is the next working day after the Friday | 2026-02-13 | 1  | 2026-02-14
		Spring Festival 2026 (15 to 23 Feb) is skipped whole                                      | 2026-02-14 | 1  | 2026-02-24
		the make-up Saturday after Spring Festival 2026 counts as a working day                   | 2026-02-27 | 1  | 2026-02-28
		Labour Day 2026 (1 to 5 May) is skipped whole                                             | 2026-04-30 | 1  | 2026-05-06
		the contract's example: 5 working days after 30 September 2026 end on 13 October          | 2026-09-30 | 5  | 2026-10-13
		10 working days from a Friday cross Mid-Autumn and National Day 2026 and their make-up Sunday | 2026-09-18 | 10 | 2026-10-09
		a plain week: 5 working days after a Monday end on the next Monday                        | 2026-03-02 | 5  | 2026-03-09
		zero working days after a day is that day, even a holiday                                 | 2026-10-01 | 0  | 2026-10-01
		""")
	void countsWorkingDaysAfter(String rule, LocalDate from, int days, LocalDate expected) {
		assertThat(workingDays.after(from, days)).as(rule).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: {1} - {2} working days = {3}")
	@CsvSource(delimiter = '|', textBlock = """
		counting back skips National Day 2026 but not its make-up Saturday | 2026-10-13 | 3 | 2026-10-09
		counting back from after Spring Festival 2025 lands on its make-up Sunday | 2025-02-05 | 2 | 2025-01-26
		""")
	void countsWorkingDaysBefore(String rule, LocalDate to, int days, LocalDate expected) {
		assertThat(workingDays.before(to, days)).as(rule).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} is a working day: {1}")
	@CsvSource(textBlock = """
		2025-02-08, true
		2025-01-26, true
		2025-02-01, false
		2025-10-08, false
		2026-02-14, true
		2026-02-23, false
		2026-10-10, true
		2026-03-07, false
		2026-03-09, true
		""")
	void aWorkingDayIsAWeekdayThatIsNoHolidayOrAMakeUpWeekendDay(LocalDate date, boolean working) {
		assertThat(workingDays.isWorkingDay(date)).isEqualTo(working);
	}

	@Test
	void aNoticePeriodEndsAtMidnightInChinaAfterItsLastWorkingDayWhateverTheServerZone() {
		// 00:30 on 30 September in Shanghai is still 29 September in UTC, the servers' zone.
		Date publishedJustAfterMidnight = Date.from(Instant.parse("2026-09-29T16:30:00Z"));
		Date publishedJustBeforeMidnight = Date.from(Instant.parse("2026-09-29T15:59:59Z"));

		assertThat(workingDays.endOfWorkingDaysAfter(publishedJustAfterMidnight, 5).toInstant())
			.isEqualTo(Instant.parse("2026-10-13T16:00:00Z")); // 14 October 00:00 +08:00
		assertThat(workingDays.endOfWorkingDaysAfter(publishedJustBeforeMidnight, 5).toInstant())
			.isEqualTo(Instant.parse("2026-10-12T16:00:00Z")); // 13 October 00:00 +08:00
	}

	@Test
	void aReminderThreeWorkingDaysBeforeADeadlineWakesAtTheStartOfThatDay() {
		Date dueAtEndOf13October = Date.from(Instant.parse("2026-10-13T16:00:00Z"));

		assertThat(workingDays.startOfWorkingDayBefore(dueAtEndOf13October, 3).toInstant())
			.isEqualTo(Instant.parse("2026-10-08T16:00:00Z")); // 9 October 00:00 +08:00
	}

	@Test
	void theDayOfAnInstantIsTakenInChina() {
		assertThat(workingDays.dayOf(Date.from(Instant.parse("2026-09-29T16:30:00Z")))).isEqualTo("2026-09-30");
	}

	@Test
	void aDateFromTheDatabaseIsAcceptedToo() {
		// java.sql.Date.toInstant() throws; Camunda or JDBC may hand one over as a java.util.Date.
		Date sqlDate = new java.sql.Date(Instant.parse("2026-09-29T16:30:00Z").toEpochMilli());

		assertThat(workingDays.endOfWorkingDaysAfter(sqlDate, 5).toInstant()).isEqualTo(Instant.parse("2026-10-13T16:00:00Z"));
	}

	@Test
	void aYearWithoutKnownHolidaysIsAnErrorNotAGuess() {
		assertThatThrownBy(() -> workingDays.isWorkingDay(LocalDate.of(2031, 3, 3)))
			.isInstanceOfSatisfying(UnknownHolidayYearException.class, ex -> assertThat(ex.getYear()).isEqualTo(2031))
			.hasMessageContaining("2031")
			.hasMessageContaining("app.calendar.years[2031].holidays");
	}

	@Test
	void countingIntoAnUnknownYearFailsEvenFromAKnownOne() {
		assertThatThrownBy(() -> workingDays.after(LocalDate.of(2026, 12, 31), 1))
			.isInstanceOfSatisfying(UnknownHolidayYearException.class, ex -> assertThat(ex.getYear()).isEqualTo(2027));
	}

	@Test
	void aConfiguredYearIsKnown() {
		var configured = new CalendarProperties(Map.of(2027, new CalendarProperties.Year(
				List.of(LocalDate.of(2027, 1, 1)), List.of(LocalDate.of(2027, 1, 9)))));
		var withTheNextYear = new WorkingDays(configured);

		assertThat(withTheNextYear.after(LocalDate.of(2026, 12, 31), 1)).isEqualTo("2027-01-04");
		assertThat(withTheNextYear.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
		assertThat(withTheNextYear.isWorkingDay(LocalDate.of(2027, 1, 10))).isFalse();
	}

	@Test
	void configurationCorrectsAYearTheLibraryKnows() {
		var configured = new CalendarProperties(Map.of(2026, new CalendarProperties.Year(
				List.of(LocalDate.of(2026, 12, 25)), List.of(LocalDate.of(2026, 12, 26), LocalDate.of(2026, 10, 7)))));
		var corrected = new WorkingDays(configured);

		assertThat(corrected.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
		assertThat(corrected.isWorkingDay(LocalDate.of(2026, 12, 26))).isTrue();
		assertThat(corrected.isWorkingDay(LocalDate.of(2026, 10, 7))).as("library holiday overridden").isTrue();
		assertThat(corrected.isWorkingDay(LocalDate.of(2026, 10, 10))).as("library make-up day kept").isTrue();
		assertThat(corrected.isWorkingDay(LocalDate.of(2026, 10, 6))).as("library holiday kept").isFalse();
	}

	@Test
	void aNegativeNumberOfDaysIsRejected() {
		assertThatThrownBy(() -> workingDays.after(LocalDate.of(2026, 1, 5), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
