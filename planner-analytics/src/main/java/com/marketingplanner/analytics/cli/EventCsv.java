package com.marketingplanner.analytics.cli;

import java.nio.file.Path;

import com.marketingplanner.analytics.funnel.EventLog;
import com.marketingplanner.analytics.io.CsvReader;
import com.marketingplanner.analytics.io.IsoTimestamps;

/**
 * Reads an event CSV {@code user_id,timestamp,event} (more columns allowed, e.g. one for
 * the breakdown) into an {@link EventLog}. Timestamps as {@link IsoTimestamps} reads
 * them: with an offset or {@code Z} ({@code 2026-03-01T10:15:30+08:00}), without one
 * taken as UTC ({@code 2026-03-01T10:15:30}), or a date alone meaning its start in UTC
 * ({@code 2026-03-01}).
 */
final class EventCsv {

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
				long millis = IsoTimestamps.epochMillis(row.text(timestamp), row);
				builder.add(userId, millis, eventName, (property < 0) ? null : row.text(property));
			});
		}
		return builder.build();
	}

}
