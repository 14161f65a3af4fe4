package com.marketingplanner.analytics.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.marketingplanner.analytics.io.CsvReader;

/**
 * Reads raw touchpoints: header {@code user_id,timestamp,channel,conversion_value}, one
 * touch per row, in any order. {@code timestamp} is ISO-8601 with an offset
 * ({@code 2024-03-01T10:15:30Z}, {@code 2024-03-01T10:15:30.5+08:00}) or without one,
 * then read as UTC. An empty {@code conversion_value} is a plain touch; a number (0
 * included) is a conversion on that touch.
 */
public final class TouchpointCsvReader {

	private TouchpointCsvReader() {
	}

	/**
	 * Reads a touchpoint file. Files up to {@value PathCsvReader#FAST_PATH_LIMIT} bytes
	 * are first tried with a byte-level parser; whatever it does not handle (or any
	 * error) is read again by the general CSV reader, so results and error messages are
	 * the same either way.
	 */
	public static TouchpointLog read(Path file) {
		try {
			if (Files.size(file) <= PathCsvReader.FAST_PATH_LIMIT) {
				TouchpointLog fast = FastTouchpointCsvParser.parse(Files.readAllBytes(file));
				if (fast != null) {
					return fast;
				}
			}
		}
		catch (IOException ex) {
			// the general reader reports the problem with the file name
		}
		try (CsvReader csv = CsvReader.open(file)) {
			return read(csv);
		}
	}

	public static TouchpointLog read(CsvReader csv) {
		int userColumn = csv.requireColumn("user_id");
		int timeColumn = csv.requireColumn("timestamp");
		int channelColumn = csv.requireColumn("channel");
		int valueColumn = csv.requireColumn("conversion_value");
		TouchpointLog.Builder builder = TouchpointLog.builder();
		csv.forEachRow((row) -> {
			String user = row.text(userColumn);
			if (user.isEmpty()) {
				throw row.error("empty user_id");
			}
			long time = epochMillis(row, row.text(timeColumn));
			String channel = row.text(channelColumn);
			if (channel.isEmpty()) {
				throw row.error("empty channel");
			}
			double value = row.text(valueColumn).isEmpty() ? Double.NaN : row.number(valueColumn, "conversion_value");
			builder.add(user, time, channel, value);
		});
		return builder.build();
	}

	static long epochMillis(CsvReader.Row row, String text) {
		long fast = parseUtcSeconds(text);
		if (fast != Long.MIN_VALUE) {
			return fast * 1000;
		}
		try {
			return OffsetDateTime.parse(text).toInstant().toEpochMilli();
		}
		catch (DateTimeException ex) {
			try {
				return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
			}
			catch (DateTimeException again) {
				throw row.error("'" + text + "' is not an ISO-8601 timestamp (timestamp)");
			}
		}
	}

	/**
	 * Fast path for the common {@code yyyy-MM-ddTHH:mm:ssZ}; {@code Long.MIN_VALUE} when
	 * the text has another form (then java.time parses it, and reports errors).
	 */
	private static long parseUtcSeconds(String t) {
		if (t.length() != 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
				|| t.charAt(16) != ':' || t.charAt(19) != 'Z') {
			return Long.MIN_VALUE;
		}
		int year = digits(t, 0, 4);
		int month = digits(t, 5, 2);
		int day = digits(t, 8, 2);
		int hour = digits(t, 11, 2);
		int minute = digits(t, 14, 2);
		int second = digits(t, 17, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 || hour < 0 || hour > 23 || minute < 0
				|| minute > 59 || second < 0 || second > 59) {
			// days 29..31 are validated by java.time
			return Long.MIN_VALUE;
		}
		return java.time.LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second;
	}

	private static int digits(String text, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
