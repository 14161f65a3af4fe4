package com.marketingplanner.domain.goal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.marketingplanner.analytics.goal.Direction;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.shared.BusinessRuleViolation;

/**
 * What a KPI commits to: how the target is stated, which way the metric improves and the
 * three levels baseline / target / challenge, plus the benchmark a multiple refers to.
 * Units follow {@link TargetType}.
 * <p>
 * Rules (each a refusal on the named field): {@code AT_LEAST} is higher-is-better and
 * {@code AT_MOST} lower-is-better ({@code direction}); {@code FROM_TO} needs a
 * {@code baseline}; the {@code challenge} lies at or beyond the target in the KPI's
 * direction. Things the seed plans do get wrong without being unusable are
 * {@link #warnings() warnings} instead (a multiple of a benchmark the plan does not
 * state, for one).
 *
 * @param type how the target is stated
 * @param direction which way the metric improves
 * @param baseline the starting or reference value of the metric, or {@code null}
 * @param target the target
 * @param challenge the stretch level, or {@code null}
 * @param benchmark the value a {@code MULTIPLE_OF_BENCHMARK} target multiplies, or
 * {@code null}
 */
public record KpiTargets(TargetType type, Direction direction, BigDecimal baseline, BigDecimal target,
		BigDecimal challenge, BigDecimal benchmark) {

	/**
	 * @throws BusinessRuleViolation for the first broken rule
	 */
	public KpiTargets {
		List<BusinessRuleViolation> violations = violations(type, direction, baseline, target, challenge, benchmark);
		if (!violations.isEmpty()) {
			throw violations.get(0);
		}
	}

	/**
	 * Every broken rule of the given levels, in field order; empty when they are
	 * consistent. Used by the command validation to name all bad fields at once.
	 */
	public static List<BusinessRuleViolation> violations(TargetType type, Direction direction, BigDecimal baseline,
			BigDecimal target, BigDecimal challenge, BigDecimal benchmark) {
		List<BusinessRuleViolation> violations = new ArrayList<>();
		boolean qualitative = type == null && target == null;
		if (type == null && !qualitative) {
			violations.add(new BusinessRuleViolation("targetType", "error.kpi.target-type-required",
					"A KPI needs a target type"));
		}
		if (direction == null) {
			violations
				.add(new BusinessRuleViolation("direction", "error.kpi.direction-required", "A KPI needs a direction"));
		}
		else if ((type == TargetType.AT_LEAST && direction != Direction.HIGHER_IS_BETTER)
				|| (type == TargetType.AT_MOST && direction != Direction.LOWER_IS_BETTER)) {
			violations.add(new BusinessRuleViolation("direction", "error.kpi.direction-conflicts-with-type",
					"A target of type " + type + " cannot be " + direction, type, direction));
		}
		if (type == TargetType.FROM_TO && baseline == null) {
			violations.add(new BusinessRuleViolation("baseline", "error.kpi.baseline-required-for-from-to",
					"A from→to target needs a baseline"));
		}
		if (target == null && !qualitative) {
			violations.add(new BusinessRuleViolation("target", "error.kpi.target-required", "A KPI needs a target"));
		}
		if (qualitative && (challenge != null || benchmark != null)) {
			violations.add(new BusinessRuleViolation("target", "error.kpi.levels-need-target",
					"A challenge or a benchmark needs a numeric target"));
		}
		if (challenge != null && target != null && direction != null && !direction.atLeastAsGood(challenge, target)) {
			violations.add(new BusinessRuleViolation("challenge", "error.kpi.challenge-not-beyond-target",
					"The challenge " + challenge.stripTrailingZeros().toPlainString() + " must be "
							+ ((direction == Direction.HIGHER_IS_BETTER) ? "at least" : "at most") + " the target "
							+ target.stripTrailingZeros().toPlainString(),
					challenge.stripTrailingZeros().toPlainString(), target.stripTrailingZeros().toPlainString(),
					direction));
		}
		return violations;
	}

	/**
	 * Levels of a KPI whose aim is stated in words only: a direction, perhaps a baseline,
	 * no target type and no target (its status is assessed, see
	 * {@link QualitativeStatus}).
	 */
	public static KpiTargets qualitative(Direction direction, BigDecimal baseline) {
		return new KpiTargets(null, direction, baseline, null, null, null);
	}

	/** Whether the aim is stated in words only (no target type, no target). */
	public boolean isQualitative() {
		return this.type == null && this.target == null;
	}

	/**
	 * Inconsistencies that are kept (the seed plans contain them) but shown to the
	 * planner: a relative change without a usable baseline, a target not beyond the
	 * baseline, a multiple of a benchmark the plan does not state ("1.5 × the industry
	 * average", average not given).
	 */
	public List<KpiWarning> warnings() {
		List<KpiWarning> warnings = new ArrayList<>();
		if (isQualitative()) {
			return warnings;
		}
		if (this.type == TargetType.RELATIVE_CHANGE) {
			if (this.baseline == null) {
				warnings.add(KpiWarning.BASELINE_MISSING);
			}
			else if (this.baseline.signum() == 0) {
				warnings.add(KpiWarning.BASELINE_ZERO);
			}
			boolean improves = (this.direction == Direction.HIGHER_IS_BETTER) ? this.target.signum() > 0
					: this.target.signum() < 0;
			if (!improves) {
				warnings.add(KpiWarning.TARGET_NOT_BEYOND_BASELINE);
			}
		}
		else if (this.type == TargetType.MULTIPLE_OF_BENCHMARK) {
			if (this.benchmark == null) {
				warnings.add(KpiWarning.BENCHMARK_MISSING);
			}
		}
		else if (this.baseline != null && this.direction.atLeastAsGood(this.baseline, this.target)) {
			warnings.add(KpiWarning.TARGET_NOT_BEYOND_BASELINE);
		}
		return warnings;
	}

}
