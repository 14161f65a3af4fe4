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
	 * Validates: type and direction present, all given numbers finite, the type agrees
	 * with the direction ({@code AT_LEAST} needs higher-is-better, {@code AT_MOST}
	 * lower-is-better) and the challenge lies beyond the target in the goal's direction.
	 * A missing baseline or benchmark is accepted here — plans do omit them — and
	 * evaluates as {@link GoalStatus#UNDEFINED} where the type needs it.
	 */
	public GoalSpec {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(direction, "direction");
		requireFinite("target", target);
		requireFiniteOrNull("baseline", baseline);
		requireFiniteOrNull("challenge", challenge);
		requireFiniteOrNull("benchmark", benchmark);
		if (type == TargetType.AT_LEAST && direction != Direction.HIGHER_IS_BETTER) {
			throw new IllegalArgumentException("an AT_LEAST target needs direction HIGHER_IS_BETTER");
		}
		if (type == TargetType.AT_MOST && direction != Direction.LOWER_IS_BETTER) {
			throw new IllegalArgumentException("an AT_MOST target needs direction LOWER_IS_BETTER");
		}
		// relative changes and benchmark multiples grow with the value (positive baseline
		// or
		// benchmark), so the same comparison applies to them
		if (challenge != null && !direction.atLeastAsGood(challenge, target)) {
			throw new IllegalArgumentException(
					"challenge " + challenge + " must be at least as ambitious as target " + target);
		}
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
