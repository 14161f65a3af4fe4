package com.marketingplanner.analytics.guardrail;

import java.util.Objects;

import com.marketingplanner.analytics.goal.Direction;

/**
 * The latest value of a risk's indicator (002: "price Δ > 5 % → alert", "bounce > 60 % →
 * redesign").
 *
 * @param risk the risk's id
 * @param indicator the indicator's name
 * @param value the latest value
 * @param threshold the trigger value
 * @param direction which way the indicator is good: {@code LOWER_IS_BETTER} triggers
 * above the threshold, {@code HIGHER_IS_BETTER} below it
 */
public record RiskIndicatorReading(String risk, String indicator, double value, double threshold, Direction direction) {

	public RiskIndicatorReading {
		Objects.requireNonNull(risk, "risk");
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(direction, "direction");
	}

}
