package com.marketingplanner.analytics.guardrail;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A channel's spend and attributed revenue over the period checked.
 *
 * @param channel the channel
 * @param spend spend, not negative
 * @param revenue attributed revenue, not negative
 * @param core whether the plan counts it as core (core channels are not frozen on
 * overspend)
 */
public record ChannelResult(String channel, BigDecimal spend, BigDecimal revenue, boolean core) {

	public ChannelResult {
		Objects.requireNonNull(channel, "channel");
		if (spend.signum() < 0 || revenue.signum() < 0) {
			throw new IllegalArgumentException("spend and revenue must not be negative for " + channel);
		}
	}

}
