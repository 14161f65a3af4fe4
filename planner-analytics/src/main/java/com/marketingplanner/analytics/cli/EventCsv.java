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

}
