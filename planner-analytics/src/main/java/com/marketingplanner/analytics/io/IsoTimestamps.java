package com.marketingplanner.analytics.io;

import java.nio.charset.StandardCharsets;
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
		long millis = parse(text);
		if (millis == NOT_FAST) {
			throw row.error("'" + text + "' is not an ISO-8601 timestamp (timestamp)");
		}
		return millis;
	}

	/**
	 * Epoch milliseconds of a timestamp in any of the accepted forms, or
	 * {@link #NOT_FAST} when the text is not one.
	 */
	public static long parse(String text) {
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
			return NOT_FAST;
		}
	}

	/**
	 * Epoch milliseconds of the timestamp written by the UTF-8 bytes
	 * {@code bytes[from..to)}, parsed without a String for the common forms: a date
	 * {@code yyyy-MM-dd}, or a date, {@code T}, {@code HH:mm[:ss[.fraction]]} and an
	 * optional {@code Z} or offset {@code ±HH:mm}. Anything else (or an impossible date)
	 * goes through {@link #parse(String)}, so the result is the same either way.
	 * @return the epoch milliseconds, or {@link #NOT_FAST} when the text is no timestamp
	 */
	public static long epochMillis(byte[] bytes, int from, int to) {
		long fast = fastMillis(bytes, from, to);
		if (fast != NOT_FAST) {
			return fast;
		}
		return parse(new String(bytes, from, to - from, StandardCharsets.UTF_8));
	}

	private static long fastMillis(byte[] b, int from, int to) {
		int length = to - from;
		if (length < 10 || b[from + 4] != '-' || b[from + 7] != '-') {
			return NOT_FAST;
		}
		int year = digits(b, from, 4);
		int month = digits(b, from + 5, 2);
		int day = digits(b, from + 8, 2);
		if (length == 10) {
			long seconds = utcSeconds(year, month, day, 0, 0, 0);
			return (seconds == NOT_FAST) ? NOT_FAST : seconds * 1000;
		}
		if (length < 16 || b[from + 10] != 'T' || b[from + 13] != ':') {
			return NOT_FAST;
		}
		int hour = digits(b, from + 11, 2);
		int minute = digits(b, from + 14, 2);
		int second = 0;
		int millis = 0;
		int i = from + 16;
		if (i < to && b[i] == ':') {
			if (i + 3 > to) {
				return NOT_FAST;
			}
			second = digits(b, i + 1, 2);
			i += 3;
			if (i < to && b[i] == '.') {
				int fractionStart = ++i;
				while (i < to && b[i] >= '0' && b[i] <= '9') {
					if (i - fractionStart < 3) {
						millis = millis * 10 + (b[i] - '0');
					}
					i++;
				}
				int fractionDigits = i - fractionStart;
				if (fractionDigits == 0 || fractionDigits > 9) {
					return NOT_FAST;
				}
				for (int d = fractionDigits; d < 3; d++) {
					millis *= 10;
				}
			}
		}
		int offsetSeconds = 0;
		if (i < to) {
			byte zone = b[i];
			if (zone == 'Z' && i + 1 == to) {
				i++;
			}
			else if ((zone == '+' || zone == '-') && i + 6 == to && b[i + 3] == ':') {
				int hours = digits(b, i + 1, 2);
				int minutes = digits(b, i + 4, 2);
				if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
					return NOT_FAST;
				}
				offsetSeconds = ((zone == '-') ? -1 : 1) * (hours * 3600 + minutes * 60);
			}
			else {
				return NOT_FAST;
			}
		}
		long seconds = utcSeconds(year, month, day, hour, minute, second);
		if (seconds == NOT_FAST) {
			return NOT_FAST;
		}
		return (seconds - offsetSeconds) * 1000 + millis;
	}

	/**
	 * The non-negative number written by {@code count} digits at {@code from}, or −1 if
	 * one is not a digit.
	 */
	private static int digits(byte[] b, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			int digit = b[i] - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			value = value * 10 + digit;
		}
		return value;
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
