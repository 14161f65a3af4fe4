package com.marketingplanner.analytics.funnel;

import java.util.Map;

/**
 * Result of an event funnel ({@link EventFunnel#analyse}).
 *
 * @param overall users reaching each step with step and cumulative rates; counts never
 * increase along the steps
 * @param breakdown per property value (sorted by value; "" for events without one and for
 * users who never reached step 1), the same report; empty without breakdown. The counts
 * of all values add up to the overall counts
 * @param breakdownSource which event supplied the value, or {@code null} without
 * breakdown
 * @param timeToConvert time from step 1 to the last step of the users who completed the
 * funnel
 */
public record FunnelResult(FunnelReport overall, Map<String, FunnelReport> breakdown, BreakdownSource breakdownSource,
		TimeToConvert timeToConvert) {

	public FunnelResult {
		breakdown = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(breakdown));
	}

}
