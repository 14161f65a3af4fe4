package com.marketingplanner.analytics.journey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One raw touchpoint: a user met a channel at a time; {@code conversionValue} is null for
 * a plain touch and a number (0 included) when the touch converted. The convenient record
 * form of a row of {@link TouchpointLog}; {@link #toLog} turns a list into the columnar
 * log that {@link JourneyBuilder} reads.
 */
public record Touchpoint(String userId, Instant timestamp, String channel, Double conversionValue) {

	public Touchpoint {
		Objects.requireNonNull(userId, "userId");
		Objects.requireNonNull(timestamp, "timestamp");
		Objects.requireNonNull(channel, "channel");
	}

	public static Touchpoint touch(String userId, Instant timestamp, String channel) {
		return new Touchpoint(userId, timestamp, channel, null);
	}

	public static Touchpoint conversion(String userId, Instant timestamp, String channel, double value) {
		return new Touchpoint(userId, timestamp, channel, value);
	}

	public static TouchpointLog toLog(List<Touchpoint> touchpoints) {
		TouchpointLog.Builder builder = TouchpointLog.builder();
		for (Touchpoint touch : touchpoints) {
			builder.add(touch.userId(), touch.timestamp().toEpochMilli(), touch.channel(),
					(touch.conversionValue() == null) ? Double.NaN : touch.conversionValue());
		}
		return builder.build();
	}

}
