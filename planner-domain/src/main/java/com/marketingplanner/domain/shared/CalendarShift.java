package com.marketingplanner.domain.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Moves the dates of a plan to a new start by calendar months, so that month ends,
 * quarter ends and year ends stay ends: a plan starting 2024-01-01 moved to 2027-01-01
 * keeps its first quarter as 2027-01-01..2027-03-31 and its last milestone on 12-31,
 * where moving every date by the same number of days (1096, across a leap day) would put
 * them on 04-01 and the next year's 01-01.
 * <p>
 * The shift is {@code months} whole calendar months (from the old start's month to the
 * new start's month) plus {@code days}, the days that remain between the old start moved
 * by the months and the new start (so the old start always lands on the new start). A
 * date is moved by:
 * <ol>
 * <li>months: the last day of a month goes to the last day of the target month; any other
 * day keeps its day of month, clamped to the target month's length (01-30 + 1 month =
 * 02-28);</li>
 * <li>then days, as plain days (0 when the new start has the old start's day of month,
 * the usual case of plans starting on the 1st).</li>
 * </ol>
 *
 * @param months whole calendar months to move
 * @param days days to move after the months
 */
public record CalendarShift(long months, long days) {

	/** No move at all. */
	public static final CalendarShift NONE = new CalendarShift(0, 0);

	/** The shift that moves {@code oldStart} to {@code newStart}. */
	public static CalendarShift between(LocalDate oldStart, LocalDate newStart) {
		Objects.requireNonNull(oldStart, "oldStart");
		Objects.requireNonNull(newStart, "newStart");
		long months = ChronoUnit.MONTHS.between(YearMonth.from(oldStart), YearMonth.from(newStart));
		LocalDate byMonths = new CalendarShift(months, 0).apply(oldStart);
		if (isMonthEnd(oldStart) && isMonthEnd(newStart)) {
			return new CalendarShift(months, 0);
		}
		return new CalendarShift(months, ChronoUnit.DAYS.between(byMonths, newStart));
	}

	/** The date moved by this shift; {@code null} stays {@code null}. */
	public LocalDate apply(LocalDate date) {
		if (date == null) {
			return null;
		}
		LocalDate moved;
		if (isMonthEnd(date)) {
			YearMonth target = YearMonth.from(date).plusMonths(this.months);
			moved = target.atEndOfMonth();
		}
		else {
			moved = date.plusMonths(this.months);
		}
		return moved.plusDays(this.days);
	}

	/** Whether the shift moves nothing. */
	public boolean isNone() {
		return this.months == 0 && this.days == 0;
	}

	/** Whether the date is the last day of its month. */
	public static boolean isMonthEnd(LocalDate date) {
		return date.getDayOfMonth() == date.lengthOfMonth();
	}

}
