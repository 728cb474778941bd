package cn.gov.jiangmen.subsidy.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Working days on the State Council calendar: Monday to Friday except statutory holidays, plus the
 * weekend days made working days (调休上班). Named so BPMN expressions can use it, e.g.
 * {@code ${workingDays.endOfWorkingDaysAfter(now(), 5)}}.
 *
 * <p>Every method throws {@link UnknownHolidayYearException} when it needs a day of a year whose
 * holidays are not known.
 */
@Component("workingDays")
public class WorkingDays {

	/** Officers and the policy live in China Standard Time, whatever the server's zone. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final HolidayCalendar calendar;

	WorkingDays(CalendarProperties properties) {
		this.calendar = new HolidayCalendar(properties);
	}

	public boolean isWorkingDay(LocalDate date) {
		return calendar.isWorkingDay(date);
	}

	/**
	 * The {@code days}-th working day after {@code from}, which itself is not counted and need not be
	 * a working day. {@code days == 0} returns {@code from} unchanged.
	 */
	public LocalDate after(LocalDate from, int days) {
		return step(from, days, 1);
	}

	/**
	 * The {@code days}-th working day before {@code to}, which itself is not counted.
	 * {@code days == 0} returns {@code to} unchanged.
	 */
	public LocalDate before(LocalDate to, int days) {
		return step(to, days, -1);
	}

	/**
	 * When {@code days} full working days after the day of {@code instant} have passed: 00:00
	 * Asia/Shanghai of the calendar day after the {@code days}-th working day. For "the public
	 * notice lasts 5 working days" or "re-investigate within 10 working days of receipt", where the
	 * day of publication or receipt does not count.
	 */
	public Date endOfWorkingDaysAfter(Date instant, int days) {
		LocalDate last = after(dayOf(instant), days);
		return Date.from(last.plusDays(1).atStartOfDay(ZONE).toInstant());
	}

	/**
	 * 00:00 Asia/Shanghai of the {@code days}-th working day before the last day of {@code deadline},
	 * for reminders. A deadline at midnight, as {@link #endOfWorkingDaysAfter} returns, ends the day
	 * before; so for a task due at the end of Friday, a reminder 3 working days before wakes up on
	 * Tuesday (if Monday to Friday are all worked).
	 */
	public Date startOfWorkingDayBefore(Date deadline, int days) {
		LocalDate lastDay = dayOf(new Date(deadline.getTime() - 1));
		return Date.from(before(lastDay, days).atStartOfDay(ZONE).toInstant());
	}

	/** The calendar day of {@code instant} in Asia/Shanghai. */
	public LocalDate dayOf(Date instant) {
		// getTime, not toInstant: java.sql.Date, which may come out of a database, cannot do toInstant.
		return LocalDate.ofInstant(Instant.ofEpochMilli(instant.getTime()), ZONE);
	}

	private LocalDate step(LocalDate start, int days, int direction) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative: " + days);
		}
		LocalDate day = start;
		for (int counted = 0; counted < days;) {
			day = day.plusDays(direction);
			if (calendar.isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

}
