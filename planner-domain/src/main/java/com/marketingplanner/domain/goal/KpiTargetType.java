package com.marketingplanner.domain.goal;

/**
 * How a KPI's target is stated (the comparators of the seed plans). Mirrors the analytics
 * module's {@code TargetType} by name; the units of target and challenge depend on it:
 * <ul>
 * <li>{@link #RELATIVE_CHANGE}: target and challenge are changes in <em>percent</em> of
 * the baseline (−25 = "Δ −25%"); the web layer divides by 100 for the analytics API,
 * which takes fractions;</li>
 * <li>{@link #MULTIPLE_OF_BENCHMARK}: target and challenge are multiples k of the
 * benchmark (1.5 = "1.5 × industry average");</li>
 * <li>all others: values of the metric in its unit.</li>
 * </ul>
 */
public enum KpiTargetType {

	/** "≥ target"; higher is better. */
	AT_LEAST,

	/** "≤ target"; lower is better. */
	AT_MOST,

	/** "= target", a level to reach, read in the KPI's direction. */
	LEVEL,

	/** "Δ ±x%" against the baseline; measurable only with a baseline. */
	RELATIVE_CHANGE,

	/** "baseline → target"; needs a baseline. */
	FROM_TO,

	/** "k × benchmark"; needs a benchmark. */
	MULTIPLE_OF_BENCHMARK

}
