package com.marketingplanner.analytics.cli;

import java.nio.file.Path;

import com.marketingplanner.analytics.funnel.EventFileReader;
import com.marketingplanner.analytics.funnel.EventLog;
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

	/**
	 * The events of {@code file}; {@code breakdownColumn} may be {@code null}. Read by
	 * the byte-level {@link EventFileReader}, the import's parser.
	 */
	static EventLog read(Path file, String breakdownColumn) {
		return EventFileReader.read(file, breakdownColumn);
	}

}
