package com.marketingplanner.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;

/**
 * A calendar quarter, written {@code 2026-Q2} (ISO year, {@code Q}, 1–4): Q1 is January
 * to March, Q2 April to June, Q3 July to September, Q4 October to December.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-[Qq]([1-4])");

	public Quarter {
		if (number < 1 || number > 4) {
			throw new IllegalArgumentException("A quarter is 1–4, not " + number);
		}
	}

	/**
	 * The quarter written as {@code 2026-Q2}.
	 * @throws BusinessRuleViolation on field {@code quarter} when the text is missing or
	 * not a quarter
	 */
	public static Quarter parse(String text) {
		if (text == null || text.isBlank()) {
			throw new BusinessRuleViolation("quarter", "error.report.quarter-required",
					"Name the quarter, written as 2026-Q2");
		}
		Matcher matcher = FORMAT.matcher((text != null) ? text.strip() : "");
		if (!matcher.matches()) {
			throw new BusinessRuleViolation("quarter", "error.report.quarter-malformed",
					"'" + text + "' is not a quarter; write it as 2026-Q2", String.valueOf(text));
		}
		return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	/** The quarter a day falls in. */
	public static Quarter of(LocalDate day) {
		return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	/** Every quarter that has at least one day of the range, in order. */
	public static List<Quarter> covering(DateRange range) {
		List<Quarter> quarters = new ArrayList<>();
		for (Quarter quarter = of(range.start()); !quarter.start().isAfter(range.end()); quarter = quarter.next()) {
			quarters.add(quarter);
		}
		return List.copyOf(quarters);
	}

	public LocalDate start() {
		return LocalDate.of(this.year, (this.number - 1) * 3 + 1, 1);
	}

	public LocalDate end() {
		return start().plusMonths(3).minusDays(1);
	}

	public DateRange range() {
		return new DateRange(start(), end());
	}

	public Quarter next() {
		return (this.number == 4) ? new Quarter(this.year + 1, 1) : new Quarter(this.year, this.number + 1);
	}

	/**
	 * From the later of January 1 of the quarter's year and {@code notBefore} to the end
	 * of the quarter: the "year to date" of a report, which never reaches before the
	 * plan's start.
	 */
	public DateRange yearToDate(LocalDate notBefore) {
		LocalDate yearStart = LocalDate.of(this.year, 1, 1);
		LocalDate from = notBefore.isAfter(yearStart) ? notBefore : yearStart;
		return new DateRange(from.isAfter(end()) ? end() : from, end());
	}

	/**
	 * The quarter's days inside the range (a plan that starts or ends within the
	 * quarter).
	 * @throws IllegalArgumentException when they share no day
	 */
	public DateRange within(DateRange range) {
		if (!overlaps(range)) {
			throw new IllegalArgumentException(this + " shares no day with " + range);
		}
		LocalDate from = start().isBefore(range.start()) ? range.start() : start();
		LocalDate to = end().isAfter(range.end()) ? range.end() : end();
		return new DateRange(from, to);
	}

	/** Whether the quarter shares at least one day with the range. */
	public boolean overlaps(DateRange range) {
		return !start().isAfter(range.end()) && !end().isBefore(range.start());
	}

	@Override
	public int compareTo(Quarter other) {
		return (this.year != other.year) ? Integer.compare(this.year, other.year)
				: Integer.compare(this.number, other.number);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%d-Q%d", this.year, this.number);
	}

}
