package com.marketingplanner.analytics.goal;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Result of {@link GoalAttainment#evaluate(GoalSpec, Double)}.
 *
 * @param ratio the attainment (1.0 = target exactly reached); empty when the formula's
 * denominator is zero or the goal is not measured or undefined — never NaN or infinite
 * @param status the band of the actual value among baseline / target / challenge
 * @param explanation a short English account of the formula applied or of why it could
 * not be applied (for logs and tooltips; the web layer localises by {@code status})
 */
public record Attainment(OptionalDouble ratio, GoalStatus status, String explanation) {

	public Attainment {
		Objects.requireNonNull(ratio, "ratio");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(explanation, "explanation");
		if (ratio.isPresent() && !Double.isFinite(ratio.getAsDouble())) {
			throw new IllegalArgumentException("ratio must be finite: " + ratio);
		}
	}

}
