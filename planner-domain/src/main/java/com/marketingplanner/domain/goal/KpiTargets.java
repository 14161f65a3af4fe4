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
 * {@code baseline}; {@code MULTIPLE_OF_BENCHMARK} needs a {@code benchmark}; the
 * {@code challenge} lies at or beyond the target in the KPI's direction. Things the seed
 * plans do get wrong without being unusable are {@link #warnings() warnings} instead.
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
		if (type == null) {
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
		if (target == null) {
			violations.add(new BusinessRuleViolation("target", "error.kpi.target-required", "A KPI needs a target"));
		}
		if (challenge != null && target != null && direction != null && !direction.atLeastAsGood(challenge, target)) {
			violations.add(new BusinessRuleViolation("challenge", "error.kpi.challenge-not-beyond-target",
					"The challenge " + challenge.stripTrailingZeros().toPlainString() + " must be "
							+ ((direction == Direction.HIGHER_IS_BETTER) ? "at least" : "at most") + " the target "
							+ target.stripTrailingZeros().toPlainString(),
					challenge.stripTrailingZeros().toPlainString(), target.stripTrailingZeros().toPlainString(),
					direction));
		}
		if (type == TargetType.MULTIPLE_OF_BENCHMARK && benchmark == null) {
			violations.add(new BusinessRuleViolation("benchmark", "error.kpi.benchmark-required",
					"A multiple-of-benchmark target needs a benchmark"));
		}
		return violations;
	}

	/**
	 * Inconsistencies that are kept (the seed plans contain them) but shown to the
	 * planner.
	 */
	public List<KpiWarning> warnings() {
		return warnings(this.type, this.direction, this.baseline, this.target, this.challenge, this.benchmark);
	}

	/**
	 * The warnings of levels as stored, which need not obey the rules: data written
	 * around the domain (an import) is reported as
	 * {@link KpiWarning#LEVELS_INCONSISTENT}, never refused when read.
	 */
	static List<KpiWarning> warnings(TargetType type, Direction direction, BigDecimal baseline, BigDecimal target,
			BigDecimal challenge, BigDecimal benchmark) {
		List<KpiWarning> warnings = new ArrayList<>();
		if (!violations(type, direction, baseline, target, challenge, benchmark).isEmpty()) {
			warnings.add(KpiWarning.LEVELS_INCONSISTENT);
		}
		if (type == null || direction == null || target == null) {
			return warnings;
		}
		if (type == TargetType.RELATIVE_CHANGE) {
			if (baseline == null) {
				warnings.add(KpiWarning.BASELINE_MISSING);
			}
			else if (baseline.signum() == 0) {
				warnings.add(KpiWarning.BASELINE_ZERO);
			}
			boolean improves = (direction == Direction.HIGHER_IS_BETTER) ? target.signum() > 0 : target.signum() < 0;
			if (!improves) {
				warnings.add(KpiWarning.TARGET_NOT_BEYOND_BASELINE);
			}
		}
		else if (type != TargetType.MULTIPLE_OF_BENCHMARK && baseline != null
				&& direction.atLeastAsGood(baseline, target)) {
			warnings.add(KpiWarning.TARGET_NOT_BEYOND_BASELINE);
		}
		return warnings;
	}

}
