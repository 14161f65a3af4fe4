package com.marketingplanner.analytics.funnel;

import java.io.Serializable;
import java.nio.file.Path;

import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.analytics.io.CsvReader;
import com.marketingplanner.analytics.io.IsoTimestamps;

/**
 * Reads an event CSV {@code user_id,timestamp,event} (more columns allowed, e.g. one for
 * the breakdown) into an {@link EventLog}. Timestamps as {@link IsoTimestamps} reads
 * them: with an offset or {@code Z} ({@code 2026-03-01T10:15:30+08:00}), without one
 * taken as UTC ({@code 2026-03-01T10:15:30}), or a date alone meaning its start in UTC
 * ({@code 2026-03-01}).
 */
public final class EventCsvReader {

	private EventCsvReader() {
	}

	/**
	 * The events of {@code file}; {@code breakdownColumn} may be {@code null}. Read by
	 * the byte-level {@link EventFileReader} (the import's parser), which applies the
	 * rules of {@link Columns} with the same results and messages (tested).
	 */
	public static EventLog read(Path file, String breakdownColumn) {
		return EventFileReader.read(file, breakdownColumn);
	}

	/** Receives the events read from rows. */
	@FunctionalInterface
	public interface Sink {

		/**
		 * @param property the breakdown value, or {@code null} without breakdown
		 */
		void event(String user, long epochMillis, String event, String property);

	}

	/**
	 * Where the columns of one event file are, and the rule that reads one of its rows.
	 * Public so that a reader of the same format elsewhere (a slice of a large file on a
	 * cluster) applies the same rule with the same messages.
	 *
	 * @param property the breakdown column, or -1 without breakdown
	 */
	public record Columns(int user, int timestamp, int event, int property) implements Serializable {

		private static final long serialVersionUID = 1L;

		/**
		 * The columns of the file's header; {@code breakdownColumn} may be {@code null}.
		 * @throws CsvInputException on line 1 when a column is missing
		 */
		public static Columns of(CsvReader csv, String breakdownColumn) {
			return new Columns(csv.requireColumn("user_id"), csv.requireColumn("timestamp"), csv.requireColumn("event"),
					(breakdownColumn == null) ? -1 : csv.requireColumn(breakdownColumn));
		}

		/**
		 * Reads one row into {@code sink}.
		 * @throws CsvInputException naming the row when a field is empty or malformed
		 */
		public void read(CsvReader.Row row, Sink sink) {
			String userId = row.text(this.user);
			String eventName = row.text(this.event);
			if (userId.isEmpty() || eventName.isEmpty()) {
				throw row.error("empty user_id or event");
			}
			long millis = IsoTimestamps.epochMillis(row.text(this.timestamp), row);
			sink.event(userId, millis, eventName, (this.property < 0) ? null : row.text(this.property));
		}

	}

}
