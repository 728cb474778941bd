package cn.gov.jiangmen.subsidy.calendar;

/**
 * The State Council has not (yet) published, or we have not been told, the holidays of a year.
 * Counting working days through such a year would be a guess, and a wrong deadline is worse than
 * none, so the calendar refuses.
 */
public class UnknownHolidayYearException extends RuntimeException {

	private final int year;

	public UnknownHolidayYearException(int year) {
		super(("Holidays for %1$d are not known: tyme4j's LegalHoliday data has none for %1$d and "
				+ "app.calendar.years[%1$d] is not configured. Add app.calendar.years[%1$d].holidays and "
				+ "app.calendar.years[%1$d].make-up-working-days from the State Council notice "
				+ "(国务院办公厅关于%1$d年部分节假日安排的通知), or upgrade tyme4j.").formatted(year));
		this.year = year;
	}

	public int getYear() {
		return year;
	}

}
