package cn.gov.jiangmen.subsidy.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Holiday data for years the bundled library does not know, or corrections to years it does.
 * Copy the dates from the State Council notice; listing a year makes it known even if a list is empty.
 *
 * <pre>
 * app.calendar.years[2027].holidays=2027-01-01,2027-02-06,...
 * app.calendar.years[2027].make-up-working-days=2027-02-14,...
 * </pre>
 */
@ConfigurationProperties(prefix = "app.calendar")
record CalendarProperties(Map<Integer, Year> years) {

	CalendarProperties {
		years = years == null ? Map.of() : Map.copyOf(years);
		years.forEach((year, days) -> days.checkBelongsTo(year));
	}

	record Year(List<LocalDate> holidays, List<LocalDate> makeUpWorkingDays) {

		Year {
			holidays = holidays == null ? List.of() : List.copyOf(holidays);
			makeUpWorkingDays = makeUpWorkingDays == null ? List.of() : List.copyOf(makeUpWorkingDays);
		}

		// A date under the wrong year is almost always a typo in a long list; fail at startup.
		private void checkBelongsTo(int year) {
			check(year, "holidays", holidays);
			check(year, "make-up-working-days", makeUpWorkingDays);
			holidays.stream().filter(makeUpWorkingDays::contains).findFirst().ifPresent(day -> {
				throw new IllegalArgumentException("app.calendar.years[%d]: %s is listed both as a holiday and as a make-up working day"
					.formatted(year, day));
			});
		}

		private static void check(int year, String list, List<LocalDate> days) {
			days.stream().filter(day -> day.getYear() != year).findFirst().ifPresent(day -> {
				throw new IllegalArgumentException("app.calendar.years[%d].%s: %s does not lie in %d"
					.formatted(year, list, day, year));
			});
		}

		YearExceptions toExceptions() {
			return new YearExceptions(Set.copyOf(holidays), Set.copyOf(makeUpWorkingDays));
		}

	}

}
