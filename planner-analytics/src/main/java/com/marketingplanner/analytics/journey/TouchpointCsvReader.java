package com.marketingplanner.analytics.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.marketingplanner.analytics.io.CsvReader;
import com.marketingplanner.analytics.io.IsoTimestamps;

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
			long time = IsoTimestamps.epochMillis(row.text(timeColumn), row);
			String channel = row.text(channelColumn);
			if (channel.isEmpty()) {
				throw row.error("empty channel");
			}
			double value = row.text(valueColumn).isEmpty() ? Double.NaN : row.number(valueColumn, "conversion_value");
			builder.add(user, time, channel, value);
		});
		return builder.build();
	}

}
