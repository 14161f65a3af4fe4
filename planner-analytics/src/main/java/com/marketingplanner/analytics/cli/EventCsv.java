package com.marketingplanner.analytics.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.DateTimeException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import com.marketingplanner.analytics.funnel.EventLog;
import com.marketingplanner.analytics.io.CsvReader;

/**
 * Reads an event CSV {@code user_id,timestamp,event} (more columns allowed, e.g. one for
 * the breakdown) into an {@link EventLog}. Timestamps are ISO-8601: with an offset or
 * {@code Z} ({@code 2026-03-01T10:15:30+08:00}), without one taken as UTC
 * ({@code 2026-03-01T10:15:30}), or a date alone meaning its start in UTC
 * ({@code 2026-03-01}).
 */
final class EventCsv {

	private static final long NOT_FAST = Long.MIN_VALUE;

	private static final int[] DAYS_IN_MONTH = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	private EventCsv() {
	}

	/** The events of {@code file}; {@code breakdownColumn} may be {@code null}. */
	static EventLog read(Path file, String breakdownColumn) {
		EventLog.Builder builder = EventLog.builder();
		try (CsvReader reader = CsvReader.open(file)) {
			int user = reader.requireColumn("user_id");
			int timestamp = reader.requireColumn("timestamp");
			int event = reader.requireColumn("event");
			int property = (breakdownColumn == null) ? -1 : reader.requireColumn(breakdownColumn);
			reader.forEachRow((row) -> {
				String userId = row.text(user);
				String eventName = row.text(event);
				if (userId.isEmpty() || eventName.isEmpty()) {
					throw row.error("empty user_id or event");
				}
				long millis = epochMillis(row.text(timestamp), row);
				builder.add(userId, millis, eventName, (property < 0) ? null : row.text(property));
			});
		}
		return builder.build();
	}

	static long epochMillis(String text, CsvReader.Row row) {
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
	 * Epoch seconds of the common form {@code yyyy-MM-ddTHH:mm:ssZ}, parsed by hand
	 * because the general ISO parser dominates the time to load large event files;
	 * {@link #NOT_FAST} for any other form or an impossible date, which then takes the
	 * general path (and its error message).
	 */
	static long utcSecondsFastPath(String text) {
		if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
			return NOT_FAST;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
				|| second < 0 || second > 59) {
			return NOT_FAST;
		}
		boolean leap = (year % 4 == 0) && (year % 100 != 0 || year % 400 == 0);
		int monthLength = (month == 2 && leap) ? 29 : DAYS_IN_MONTH[month - 1];
		if (day > monthLength) {
			return NOT_FAST;
		}
		return daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
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

	/**
	 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-compatible
	 * date algorithms").
	 */
	private static long daysFromCivil(int year, int month, int day) {
		int y = (month <= 2) ? year - 1 : year;
		long era = Math.floorDiv(y, 400);
		long yearOfEra = y - era * 400;
		long dayOfYear = (153L * (month + ((month > 2) ? -3 : 9)) + 2) / 5 + day - 1;
		long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
		return era * 146_097 + dayOfEra - 719_468;
	}

}
