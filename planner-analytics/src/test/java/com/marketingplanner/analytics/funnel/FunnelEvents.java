package com.marketingplanner.analytics.funnel;

import java.time.Duration;

/** Test helper: events written as "user event dayOffset[+hours] [property]". */
final class FunnelEvents {

	static final long DAY = Duration.ofDays(1).toMillis();

	static final long HOUR = Duration.ofHours(1).toMillis();

	private FunnelEvents() {
	}

	/** Each line: user, event, time in days (decimal allowed), optional property. */
	static EventLog log(String... lines) {
		EventLog.Builder builder = EventLog.builder();
		for (String line : lines) {
			String[] parts = line.trim().split("\\s+");
			long time = Math.round(Double.parseDouble(parts[2]) * DAY);
			builder.add(parts[0], time, parts[1], (parts.length > 3) ? parts[3] : null);
		}
		return builder.build();
	}

}
