package cn.gov.jiangmen.subsidy.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Which days are worked: the library's State Council calendar, extended and corrected by configuration. */
final class HolidayCalendar {

	private final Map<Integer, CalendarProperties.Year> configured;

	private final Map<Integer, YearExceptions> years = new ConcurrentHashMap<>();

	HolidayCalendar(CalendarProperties properties) {
		this.configured = properties.years();
	}

	boolean isWorkingDay(LocalDate date) {
		YearExceptions year = exceptionsOf(date.getYear());
		if (year.holidays().contains(date)) {
			return false;
		}
		return year.makeUpWorkingDays().contains(date) || !isWeekend(date);
	}

	private YearExceptions exceptionsOf(int year) {
		// An unknown year throws inside computeIfAbsent, so it is not cached and throws again next time.
		return years.computeIfAbsent(year, this::load);
	}

	private YearExceptions load(int year) {
		Optional<YearExceptions> fromLibrary = TymeHolidays.forYear(year);
		CalendarProperties.Year fromConfiguration = configured.get(year);
		if (fromConfiguration == null) {
			return fromLibrary.orElseThrow(() -> new UnknownHolidayYearException(year));
		}
		YearExceptions overrides = fromConfiguration.toExceptions();
		return fromLibrary.map(known -> known.overriddenBy(overrides)).orElse(overrides);
	}

	private static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}
