package cn.gov.jiangmen.subsidy.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.collection;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Pins the library's data to the published notices, so an upgrade that changes them is noticed. */
class TymeHolidaysTests {

	@Test
	void theMakeUpWorkingDaysOf2025AreThoseOfTheStateCouncilNotice() {
		assertThat(TymeHolidays.forYear(2025)).get()
			.extracting(YearExceptions::makeUpWorkingDays)
			.asInstanceOf(collection(LocalDate.class))
			.containsExactlyInAnyOrder(dates("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"));
	}

	@Test
	void theMakeUpWorkingDaysOf2026AreThoseOfTheStateCouncilNotice() {
		assertThat(TymeHolidays.forYear(2026)).get()
			.extracting(YearExceptions::makeUpWorkingDays)
			.asInstanceOf(collection(LocalDate.class))
			.containsExactlyInAnyOrder(dates("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));
	}

	@Test
	void theHolidaysOf2026AreThoseOfTheStateCouncilNotice() {
		assertThat(TymeHolidays.forYear(2026)).get()
			.extracting(YearExceptions::holidays)
			.asInstanceOf(collection(LocalDate.class))
			.containsExactlyInAnyOrder(concat(
					range("2026-01-01", "2026-01-03"), // 元旦
					range("2026-02-15", "2026-02-23"), // 春节
					range("2026-04-04", "2026-04-06"), // 清明节
					range("2026-05-01", "2026-05-05"), // 劳动节
					range("2026-06-19", "2026-06-21"), // 端午节
					range("2026-09-25", "2026-09-27"), // 中秋节
					range("2026-10-01", "2026-10-07"))); // 国庆节
	}

	@Test
	void theLibraryKnowsTheYears2002To2026() {
		assertThat(IntStream.rangeClosed(2002, 2026).filter(year -> TymeHolidays.forYear(year).isEmpty())).isEmpty();
		assertThat(TymeHolidays.forYear(2027)).isEmpty();
	}

	@Test
	void aYearInWhichTheLibraryListsOnlyMakeUpWorkingDaysIsNotKnown() {
		// 2001 holds only the two weekend days worked for New Year 2002.
		assertThat(TymeHolidays.forYear(2001)).isEmpty();
	}

	private static LocalDate[] dates(String... isoDates) {
		return Arrays.stream(isoDates).map(LocalDate::parse).toArray(LocalDate[]::new);
	}

	private static LocalDate[] range(String first, String last) {
		return LocalDate.parse(first).datesUntil(LocalDate.parse(last).plusDays(1)).toArray(LocalDate[]::new);
	}

	private static LocalDate[] concat(LocalDate[]... ranges) {
		return Arrays.stream(ranges).flatMap(Arrays::stream).toArray(LocalDate[]::new);
	}

}
