package cn.gov.jiangmen.subsidy.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * One year's departures from the Monday–Friday week: statutory holidays (放假) and the weekend
 * days worked in exchange (调休上班). Weekend days inside a holiday period may be listed as
 * holidays too; they are days off either way.
 */
record YearExceptions(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {

	YearExceptions {
		holidays = Set.copyOf(holidays);
		makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
	}

	/** Configured days win over the library's, so a late change to a notice can be corrected. */
	YearExceptions overriddenBy(YearExceptions configured) {
		Set<LocalDate> off = new HashSet<>(holidays);
		off.removeAll(configured.makeUpWorkingDays());
		off.addAll(configured.holidays());
		Set<LocalDate> worked = new HashSet<>(makeUpWorkingDays);
		worked.removeAll(configured.holidays());
		worked.addAll(configured.makeUpWorkingDays());
		return new YearExceptions(off, worked);
	}

}
