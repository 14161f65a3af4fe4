package com.marketingplanner.analytics.goal;

import java.util.Objects;

/**
 * A goal as the plan states it. All levels are in the metric's own unit except where the
 * {@link TargetType} says otherwise:
 * <ul>
 * <li>{@link TargetType#RELATIVE_CHANGE}: {@code target} and {@code challenge} are
 * changes as fractions of the baseline (0.5 = +50 %);</li>
 * <li>{@link TargetType#MULTIPLE_OF_BENCHMARK}: {@code target} and {@code challenge} are
 * multiples k of {@code benchmark} (1.2 = 1.2× the benchmark).</li>
 * </ul>
 * The baseline is always a value of the metric (e.g. the value at plan start or the
 * industry average). Source: design.md "Goal attainment", seed digest rows 15–21.
 *
 * @param type how the target is stated
 * @param direction which way the metric improves
 * @param baseline the starting or reference level, or {@code null} if the plan gives none
 * @param target the target (see above for its unit)
 * @param challenge the stretch level, or {@code null}
 * @param benchmark the benchmark value for {@link TargetType#MULTIPLE_OF_BENCHMARK}, or
 * {@code null}
 */
public record GoalSpec(TargetType type, Direction direction, Double baseline, double target, Double challenge,
		Double benchmark) {

	/**
	 * Validates only what no plan can mean otherwise: type and direction present and all
	 * given numbers finite. Plans do contradict themselves — a challenge less ambitious
	 * than the target, "≥" on a lower-is-better metric, a missing baseline — and the
	 * platform shows such conflicts rather than refusing them (design.md), so they are
	 * accepted here and {@link GoalAttainment#evaluate} explains them: a type that
	 * contradicts the direction and a missing baseline or benchmark the type needs
	 * evaluate as {@link GoalStatus#UNDEFINED}; a challenge that is not beyond the target
	 * is ignored.
	 */
	public GoalSpec {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(direction, "direction");
		requireFinite("target", target);
		requireFiniteOrNull("baseline", baseline);
		requireFiniteOrNull("challenge", challenge);
		requireFiniteOrNull("benchmark", benchmark);
	}

	/** A "≥ target" goal without baseline or challenge. */
	public static GoalSpec atLeast(double target) {
		return new GoalSpec(TargetType.AT_LEAST, Direction.HIGHER_IS_BETTER, null, target, null, null);
	}

	/** A "≤ target" goal without baseline or challenge. */
	public static GoalSpec atMost(double target) {
		return new GoalSpec(TargetType.AT_MOST, Direction.LOWER_IS_BETTER, null, target, null, null);
	}

	/** A from→to goal. */
	public static GoalSpec fromTo(Direction direction, double baseline, double target) {
		return new GoalSpec(TargetType.FROM_TO, direction, baseline, target, null, null);
	}

	private static void requireFinite(String name, double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(name + " must be a finite number: " + value);
		}
	}

	private static void requireFiniteOrNull(String name, Double value) {
		if (value != null) {
			requireFinite(name, value);
		}
	}

}
