package com.marketingplanner.analytics.goal;

/**
 * How a goal's target is stated; decides the attainment formula used by
 * {@link GoalAttainment#evaluate(GoalSpec, Double)} (design.md, "Goal attainment"; seed
 * digest rows 15–21).
 */
public enum TargetType {

	/** "≥ target": attainment = actual ÷ target; direction must be higher-is-better. */
	AT_LEAST,

	/** "≤ target": attainment = target ÷ actual; direction must be lower-is-better. */
	AT_MOST,

	/**
	 * A level to reach; treated as {@link #AT_LEAST} unless the direction is
	 * lower-is-better, then as {@link #AT_MOST}.
	 */
	LEVEL,

	/**
	 * A relative change against the baseline, the target being the change as a fraction
	 * (0.5 = +50 %, −0.25 = −25 %): attainment = Δ_actual ÷ Δ_target with Δ_actual =
	 * (actual − baseline) ÷ baseline. Needs a non-zero baseline.
	 */
	RELATIVE_CHANGE,

	/**
	 * From the baseline to the target: attainment = (actual − baseline) ÷ (target −
	 * baseline). Needs a baseline different from the target.
	 */
	FROM_TO,

	/**
	 * A multiple k of a benchmark (e.g. 1.5× the industry average), the target being k:
	 * attainment = actual ÷ (k × benchmark), or (k × benchmark) ÷ actual when lower is
	 * better. Needs a benchmark.
	 */
	MULTIPLE_OF_BENCHMARK

}
