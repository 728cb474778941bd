package cn.gov.jiangmen.subsidy.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import com.tyme.holiday.LegalHoliday;

/** Reads one year of the State Council calendar bundled with tyme4j. */
final class TymeHolidays {

	private TymeHolidays() {
	}

	/**
	 * Empty when the library knows no day off in the year. A year with only make-up working days
	 * (2001 has just the two Saturdays worked for New Year 2002) is not a known year.
	 */
	static Optional<YearExceptions> forYear(int year) {
		Set<LocalDate> holidays = new HashSet<>();
		Set<LocalDate> makeUpWorkingDays = new HashSet<>();
		// Only fromYmd is public API; the encoded DATA string is an implementation detail.
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			LegalHoliday entry = LegalHoliday.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
			if (entry != null) {
				(entry.isWork() ? makeUpWorkingDays : holidays).add(day);
			}
		}
		return holidays.isEmpty() ? Optional.empty() : Optional.of(new YearExceptions(holidays, makeUpWorkingDays));
	}

}
