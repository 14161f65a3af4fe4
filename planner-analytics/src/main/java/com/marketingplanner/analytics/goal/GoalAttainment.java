package com.marketingplanner.analytics.goal;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Goal attainment and status (design.md "Goal attainment"; seed digest rows 15–21).
 * <p>
 * Ratio, by target type:
 * <ul>
 * <li>higher is better ({@code AT_LEAST}, {@code LEVEL}): actual ÷ target;</li>
 * <li>lower is better ({@code AT_MOST}, {@code LEVEL}): target ÷ actual — CAC ≤ 15,
 * actual 18 → 83.3 %;</li>
 * <li>{@code FROM_TO}: (actual − baseline) ÷ (target − baseline) — social 9.2 → 14,
 * actual 11.6 → 50 %;</li>
 * <li>{@code RELATIVE_CHANGE}: Δ_actual ÷ Δ_target with Δ_actual = (actual − baseline) ÷
 * baseline;</li>
 * <li>{@code MULTIPLE_OF_BENCHMARK}: actual ÷ (k × benchmark), or (k × benchmark) ÷
 * actual when lower is better.</li>
 * </ul>
 * Type and direction must agree ({@code AT_LEAST} is higher-is-better, {@code AT_MOST}
 * lower-is-better), else the goal is {@link GoalStatus#UNDEFINED}. Status: each level is
 * turned into a value of the metric — the target itself, for a relative change baseline ×
 * (1 + Δ), for a multiple k × benchmark — and the actual is
 * {@link GoalStatus#STRETCH_MET} when on target and at least as good as a challenge level
 * that lies beyond the target (a challenge short of the target is ignored),
 * {@link GoalStatus#ON_TARGET} when at least as good as the target level,
 * {@link GoalStatus#BELOW_BASELINE} when worse than the baseline, else
 * {@link GoalStatus#BELOW_TARGET}, "better" read in the goal's direction. A ratio whose
 * denominator is zero (target 0, lower-is-better actual ≤ 0) is left empty while the
 * status is still given, because the comparison of values remains meaningful.
 */
public final class GoalAttainment {

	private GoalAttainment() {
	}

	/**
	 * Evaluates one goal.
	 * @param spec the goal
	 * @param actual the measured value, or {@code null} when not measured yet
	 * @return ratio, status and explanation; never NaN or infinite
	 */
	public static Attainment evaluate(GoalSpec spec, Double actual) {
		if (actual == null) {
			return new Attainment(OptionalDouble.empty(), GoalStatus.NOT_MEASURED, "no actual value recorded");
		}
		if (!Double.isFinite(actual)) {
			throw new IllegalArgumentException("actual must be a finite number: " + actual);
		}
		String contradiction = contradiction(spec);
		if (contradiction != null) {
			return new Attainment(OptionalDouble.empty(), GoalStatus.UNDEFINED, contradiction);
		}
		Levels levels = Levels.of(spec);
		if (levels.undefinedReason() != null) {
			return new Attainment(OptionalDouble.empty(), GoalStatus.UNDEFINED, levels.undefinedReason());
		}
		GoalStatus status = status(spec.direction(), levels, actual);
		Attainment attainment = ratio(spec, levels, actual, status);
		if (levels.challenge() != null && !spec.direction().atLeastAsGood(levels.challenge(), levels.target())) {
			return new Attainment(attainment.ratio(), attainment.status(),
					attainment.explanation() + "; challenge ignored: not beyond the target");
		}
		return attainment;
	}

	/** Why the type and the direction cannot both hold, or {@code null}. */
	private static String contradiction(GoalSpec spec) {
		if (spec.type() == TargetType.AT_LEAST && spec.direction() != Direction.HIGHER_IS_BETTER) {
			return "an at-least target contradicts the direction " + spec.direction();
		}
		if (spec.type() == TargetType.AT_MOST && spec.direction() != Direction.LOWER_IS_BETTER) {
			return "an at-most target contradicts the direction " + spec.direction();
		}
		return null;
	}

	private static GoalStatus status(Direction direction, Levels levels, double actual) {
		if (direction.atLeastAsGood(actual, levels.target())) {
			// a challenge short of the target (a plan's inconsistency) never makes a
			// stretch
			boolean stretch = levels.challenge() != null && direction.atLeastAsGood(actual, levels.challenge())
					&& direction.atLeastAsGood(levels.challenge(), levels.target());
			return stretch ? GoalStatus.STRETCH_MET : GoalStatus.ON_TARGET;
		}
		if (levels.baseline() != null && !direction.atLeastAsGood(actual, levels.baseline())) {
			return GoalStatus.BELOW_BASELINE;
		}
		return GoalStatus.BELOW_TARGET;
	}

	private static Attainment ratio(GoalSpec spec, Levels levels, double actual, GoalStatus status) {
		boolean lowerIsBetter = spec.direction() == Direction.LOWER_IS_BETTER;
		switch (spec.type()) {
			case FROM_TO: {
				double baseline = spec.baseline();
				return divide(actual - baseline, spec.target() - baseline, status,
						"(actual − baseline) ÷ (target − baseline) = (" + num(actual) + " − " + num(baseline) + ") ÷ ("
								+ num(spec.target()) + " − " + num(baseline) + ")");
			}
			case RELATIVE_CHANGE: {
				double baseline = spec.baseline();
				double change = (actual - baseline) / baseline;
				return divide(change, spec.target(), status, "Δ_actual ÷ Δ_target = ((" + num(actual) + " − "
						+ num(baseline) + ") ÷ " + num(baseline) + ") ÷ " + num(spec.target()));
			}
			default: {
				// AT_LEAST, AT_MOST, LEVEL, MULTIPLE_OF_BENCHMARK: a plain ratio to the
				// target level
				String targetName = (spec.type() == TargetType.MULTIPLE_OF_BENCHMARK)
						? "(k × benchmark) = (" + num(spec.target()) + " × " + num(spec.benchmark()) + ")" : "target";
				if (lowerIsBetter) {
					if (actual <= 0) {
						return new Attainment(OptionalDouble.empty(), status,
								targetName + " ÷ actual is not defined for actual " + num(actual) + " ≤ 0");
					}
					return divide(levels.target(), actual, status,
							targetName + " ÷ actual = " + num(levels.target()) + " ÷ " + num(actual));
				}
				return divide(actual, levels.target(), status,
						"actual ÷ " + targetName + " = " + num(actual) + " ÷ " + num(levels.target()));
			}
		}
	}

	private static Attainment divide(double numerator, double denominator, GoalStatus status, String formula) {
		if (denominator == 0) {
			return new Attainment(OptionalDouble.empty(), status, formula + " is not defined: the divisor is zero");
		}
		double ratio = numerator / denominator;
		return new Attainment(OptionalDouble.of(ratio), status,
				formula + " = " + String.format(Locale.ROOT, "%.1f%%", ratio * 100));
	}

	static String num(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return Double.toString(value);
	}

	/**
	 * The three levels of a goal expressed as values of the metric, or the reason they
	 * cannot be.
	 */
	private record Levels(Double baseline, double target, Double challenge, String undefinedReason) {

		static Levels of(GoalSpec spec) {
			switch (spec.type()) {
				case RELATIVE_CHANGE: {
					if (spec.baseline() == null) {
						return undefined("a relative-change target needs a baseline");
					}
					double base = spec.baseline();
					if (base == 0) {
						return undefined("a relative change against a zero baseline is not defined");
					}
					// the level reached by a change Δ is baseline × (1 + Δ), the inverse
					// of Δ's formula
					Double challenge = (spec.challenge() == null) ? null : base * (1 + spec.challenge());
					return new Levels(base, base * (1 + spec.target()), challenge, null);
				}
				case FROM_TO: {
					if (spec.baseline() == null) {
						return undefined("a from→to target needs a baseline");
					}
					return new Levels(spec.baseline(), spec.target(), spec.challenge(), null);
				}
				case MULTIPLE_OF_BENCHMARK: {
					if (spec.benchmark() == null) {
						return undefined("a multiple-of-benchmark target needs a benchmark");
					}
					double benchmark = spec.benchmark();
					Double challenge = (spec.challenge() == null) ? null : spec.challenge() * benchmark;
					return new Levels(spec.baseline(), spec.target() * benchmark, challenge, null);
				}
				default:
					return new Levels(spec.baseline(), spec.target(), spec.challenge(), null);
			}
		}

		private static Levels undefined(String reason) {
			return new Levels(null, 0, null, reason);
		}

	}

}
