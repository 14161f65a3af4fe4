package com.marketingplanner.analytics.optimiser;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One channel as the optimiser sees it.
 *
 * @param channel the channel's name
 * @param curve its response curve (fitted or given)
 * @param currentSpend the spend of the current split, not negative
 * @param minShare the least share of the budget it must get, in [0, 1]
 * @param maxShare the most share of the budget it may get, in [minShare, 1]
 * @param cap an absolute spend cap, or {@code null}
 */
public record ChannelPlan(String channel, ResponseCurve curve, BigDecimal currentSpend, double minShare,
		double maxShare, BigDecimal cap) {

	public ChannelPlan {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(curve, "curve");
		Objects.requireNonNull(currentSpend, "currentSpend");
		if (currentSpend.signum() < 0) {
			throw new IllegalArgumentException("current spend must not be negative: " + currentSpend);
		}
		if (!(minShare >= 0 && minShare <= maxShare && maxShare <= 1)) {
			throw new IllegalArgumentException(
					"shares must satisfy 0 ≤ min ≤ max ≤ 1 for " + channel + ": " + minShare + ", " + maxShare);
		}
		if (cap != null && cap.signum() < 0) {
			throw new IllegalArgumentException("a cap must not be negative: " + cap);
		}
	}

	/** A channel free of share limits and caps. */
	public static ChannelPlan unconstrained(String channel, ResponseCurve curve, BigDecimal currentSpend) {
		return new ChannelPlan(channel, curve, currentSpend, 0, 1, null);
	}

}
