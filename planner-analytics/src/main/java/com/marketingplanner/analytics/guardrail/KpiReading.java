package com.marketingplanner.analytics.guardrail;

import java.util.Objects;

import com.marketingplanner.analytics.goal.Direction;

/**
 * A KPI's latest value and its warning line.
 *
 * @param kpi the KPI's name
 * @param direction which way it improves; "past the line" means worse than it
 * @param actual the latest value
 * @param warningLine the value beyond which the plan wants a warning
 */
public record KpiReading(String kpi, Direction direction, double actual, double warningLine) {

	public KpiReading {
		Objects.requireNonNull(kpi, "kpi");
		Objects.requireNonNull(direction, "direction");
	}

}
