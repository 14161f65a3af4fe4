package com.marketingplanner.domain.cadence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;

/**
 * An ISO-8601 week ({@code 2026-W14}): Monday to Sunday, week 1 being the week with the
 * year's first Thursday.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})-[Ww](\\d{1,2})");

	/**
	 * @throws BusinessRuleViolation on {@code parameter} when the text is not a week like
	 * 2026-W14 of a year that has that week
	 */
	public static IsoWeek parse(String text, String parameter) {
		Matcher matcher = TEXT.matcher((text != null) ? text.strip() : "");
		if (!matcher.matches()) {
			throw new BusinessRuleViolation(parameter, "error.week.format", "''{0}'' is not an ISO week like 2026-W14",
					text);
		}
		int year = Integer.parseInt(matcher.group(1));
		int week = Integer.parseInt(matcher.group(2));
		long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 6, 1)).getMaximum();
		if (year < 1 || week < 1 || week > weeks) {
			throw new BusinessRuleViolation(parameter, "error.week.no-such-week", "{0} has no week {1} (it has {2})",
					String.valueOf(year), week, weeks);
		}
		return new IsoWeek(year, week);
	}

	/** The week a day falls in. */
	public static IsoWeek of(LocalDate day) {
		return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	public LocalDate monday() {
		return LocalDate.of(this.year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, this.week).with(DayOfWeek.MONDAY);
	}

	public LocalDate sunday() {
		return monday().plusDays(6);
	}

	public DateRange days() {
		return new DateRange(monday(), sunday());
	}

	public IsoWeek previous() {
		return of(monday().minusDays(7));
	}

	public IsoWeek next() {
		return of(monday().plusDays(7));
	}

	@Override
	public int compareTo(IsoWeek other) {
		return monday().compareTo(other.monday());
	}

	@Override
	public String toString() {
		return String.format("%04d-W%02d", this.year, this.week);
	}

}
