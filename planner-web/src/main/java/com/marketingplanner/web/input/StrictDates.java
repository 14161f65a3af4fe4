package com.marketingplanner.web.input;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The one date format the product accepts, in JSON bodies, query parameters and forms
 * alike: {@code yyyy-MM-dd} with a four-digit year from 0001 to 9999 and a real calendar
 * day. A date-time ({@code 2025-01-01T10:00}), a signed or five-digit year
 * ({@code -4714-01-01}, {@code +10000-01-01}) or an impossible day ({@code 2025-02-30})
 * is refused instead of being truncated, stretched or passed on to PostgreSQL, whose date
 * range is smaller than Java's.
 */
public final class StrictDates {

	private static final DateTimeFormatter ISO_DATE = new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4)
		.appendLiteral('-')
		.appendValue(ChronoField.MONTH_OF_YEAR, 2)
		.appendLiteral('-')
		.appendValue(ChronoField.DAY_OF_MONTH, 2)
		.toFormatter(Locale.ROOT)
		.withChronology(IsoChronology.INSTANCE)
		.withResolverStyle(ResolverStyle.STRICT);

	private StrictDates() {
	}

	/**
	 * Parses a date.
	 * @throws IllegalArgumentException when the text is not such a date
	 */
	public static LocalDate parse(String text) {
		try {
			LocalDate date = LocalDate.parse(text, ISO_DATE);
			if (date.getYear() < 1) {
				throw new IllegalArgumentException("Year 0000 is not a date");
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not a date (yyyy-MM-dd, year 0001-9999): " + text, ex);
		}
	}

	public static String print(LocalDate date) {
		return ISO_DATE.format(date);
	}

}
