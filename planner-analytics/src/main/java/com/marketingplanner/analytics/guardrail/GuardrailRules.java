package com.marketingplanner.analytics.guardrail;

import java.util.Map;

/**
 * Thresholds of the early-warning rules (seed digest rows 5 and 29).
 *
 * @param roiFloor the least revenue ÷ spend a channel may return (002: 1.5)
 * @param overspendThreshold the overspend (actual − planned) ÷ planned beyond which
 * non-core channels freeze (002: 0.10)
 * @param shareCaps the most share of total spend per channel, by channel; channels absent
 * have no cap
 */
public record GuardrailRules(double roiFloor, double overspendThreshold, Map<String, Double> shareCaps) {

	public GuardrailRules {
		shareCaps = Map.copyOf(shareCaps);
		if (!(roiFloor >= 0) || !(overspendThreshold >= 0)) {
			throw new IllegalArgumentException("floor and threshold must not be negative");
		}
	}

	/** The seeds' rules: ROI floor 1.5, overspend 10 %, no share caps. */
	public static GuardrailRules seedDefaults() {
		return new GuardrailRules(1.5, 0.10, Map.of());
	}

}
