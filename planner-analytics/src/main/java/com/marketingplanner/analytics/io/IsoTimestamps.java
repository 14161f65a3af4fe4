package com.marketingplanner.analytics.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * ISO-8601 timestamps of the CSV inputs, as epoch milliseconds: with an offset or
 * {@code Z} ({@code 2026-03-01T10:15:30+08:00}), without one taken as UTC
 * ({@code 2026-03-01T10:15:30}), or a date alone meaning its start in UTC
 * ({@code 2026-03-01}). The common form {@code yyyy-MM-ddTHH:mm:ssZ} is parsed by hand,
 * because the general ISO parser dominates the time to load large files; every other form
 * goes through java.time.
 */
public final class IsoTimestamps {

	/**
	 * What {@link #utcSecondsFastPath} answers for a text it leaves to the general
	 * parser.
	 */
	public static final long NOT_FAST = Long.MIN_VALUE;

	private static final int[] DAYS_IN_MONTH = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	private IsoTimestamps() {
	}

	/**
	 * Epoch milliseconds of the timestamp in a CSV row.
	 * @throws CsvInputException naming the row when the text is not an ISO-8601 timestamp
	 */
	public static long epochMillis(String text, CsvReader.Row row) {
		long fast = utcSecondsFastPath(text);
		if (fast != NOT_FAST) {
			return fast * 1000;
		}
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
			}
			TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text);
			if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
				return OffsetDateTime.from(parsed).toInstant().toEpochMilli();
			}
			return LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC).toEpochMilli();
		}
		catch (DateTimeException ex) {
			throw row.error("'" + text + "' is not an ISO-8601 timestamp (timestamp)");
		}
	}

	/**
	 * Epoch seconds of {@code yyyy-MM-ddTHH:mm:ssZ}; {@link #NOT_FAST} for any other form
	 * or an impossible date, which then takes the general path (and its error message).
	 */
	public static long utcSecondsFastPath(String text) {
		if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
			return NOT_FAST;
		}
		long seconds = utcSeconds(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13),
				digits(text, 14, 16), digits(text, 17, 19));
		return seconds;
	}

	/**
	 * Epoch seconds of a date and time of day in UTC, or {@link #NOT_FAST} when a field
	 * is out of range (negative means "not digits") or the day does not exist in that
	 * month.
	 */
	public static long utcSeconds(int year, int month, int day, int hour, int minute, int second) {
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23
				|| minute < 0 || minute > 59 || second < 0 || second > 59) {
			return NOT_FAST;
		}
		return epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
	}

	static int daysInMonth(int year, int month) {
		boolean leap = (year % 4 == 0) && (year % 100 != 0 || year % 400 == 0);
		return (month == 2 && leap) ? 29 : DAYS_IN_MONTH[month - 1];
	}

	/**
	 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-compatible
	 * date algorithms", days_from_civil).
	 */
	static long epochDay(int year, int month, int day) {
		long y = (month <= 2) ? year - 1 : year;
		long era = Math.floorDiv(y, 400);
		long yearOfEra = y - era * 400;
		long dayOfYear = (153L * (month + ((month > 2) ? -3 : 9)) + 2) / 5 + day - 1;
		long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
		return era * 146_097 + dayOfEra - 719_468;
	}

	/**
	 * The non-negative number written by the digits text[from..to), or −1 if one is not a
	 * digit.
	 */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			int digit = text.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			value = value * 10 + digit;
		}
		return value;
	}

}
