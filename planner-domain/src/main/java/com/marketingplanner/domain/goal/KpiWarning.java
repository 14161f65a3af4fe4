package com.marketingplanner.domain.goal;

/**
 * An inconsistency in a KPI that is kept as the plan states it but shown as a warning;
 * never a reason to refuse the KPI.
 */
public enum KpiWarning {

	/**
	 * A relative-change target without a baseline: attainment is undefined until one is
	 * recorded.
	 */
	BASELINE_MISSING("warning.kpi.baseline-missing"),

	/** A relative change against a zero baseline is not defined. */
	BASELINE_ZERO("warning.kpi.baseline-zero"),

	/**
	 * The target is not better than the baseline in the KPI's direction (nothing to
	 * achieve).
	 */
	TARGET_NOT_BEYOND_BASELINE("warning.kpi.target-not-beyond-baseline"),

	/**
	 * A multiple of a benchmark ("1.5 × the industry average") whose benchmark the plan
	 * does not state: attainment is undefined until the benchmark is recorded.
	 */
	BENCHMARK_MISSING("warning.kpi.benchmark-missing");

	private final String messageKey;

	KpiWarning(String messageKey) {
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
