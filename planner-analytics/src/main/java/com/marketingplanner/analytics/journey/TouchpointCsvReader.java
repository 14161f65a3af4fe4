package com.marketingplanner.analytics.journey;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

import com.marketingplanner.analytics.io.CsvInputException;
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
		Columns columns = Columns.of(csv);
		TouchpointLog.Builder builder = TouchpointLog.builder();
		csv.forEachRow((row) -> columns.read(row, builder::add));
		return builder.build();
	}

	/** Receives the touches read from rows. */
	@FunctionalInterface
	public interface Sink {

		/**
		 * @param conversionValue the conversion value, or {@code NaN} for a plain touch
		 */
		void touch(String user, long epochMillis, String channel, double conversionValue);

	}

	/**
	 * Where the columns of one touchpoint file are, and the rule that reads one of its
	 * rows. Public so that a reader of the same format elsewhere (a slice of a large file
	 * on a cluster) applies the same rule with the same messages.
	 */
	public record Columns(int user, int timestamp, int channel, int conversionValue) implements Serializable {

		private static final long serialVersionUID = 1L;

		/**
		 * The columns of the file's header.
		 * @throws CsvInputException on line 1 when a column is missing
		 */
		public static Columns of(CsvReader csv) {
			return new Columns(csv.requireColumn("user_id"), csv.requireColumn("timestamp"),
					csv.requireColumn("channel"), csv.requireColumn("conversion_value"));
		}

		/**
		 * Reads one row into {@code sink}.
		 * @throws CsvInputException naming the row when a field is empty or malformed
		 */
		public void read(CsvReader.Row row, Sink sink) {
			String userId = row.text(this.user);
			if (userId.isEmpty()) {
				throw row.error("empty user_id");
			}
			long time = IsoTimestamps.epochMillis(row.text(this.timestamp), row);
			String channelName = row.text(this.channel);
			if (channelName.isEmpty()) {
				throw row.error("empty channel");
			}
			double value = row.text(this.conversionValue).isEmpty() ? Double.NaN
					: row.number(this.conversionValue, "conversion_value");
			sink.touch(userId, time, channelName, value);
		}

	}

}
