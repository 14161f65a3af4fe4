package com.marketingplanner.domain.goal;

/**
 * An inconsistency in a KPI that is kept as the plan states it but shown as a warning;
 * never a reason to refuse the KPI.
 */
public enum KpiWarning {

	/**
	 * The levels break a rule of {@link KpiTargets} (only possible for data written
	 * around the domain, e.g. an import); attainment is then undefined.
	 */
	LEVELS_INCONSISTENT("warning.kpi.levels-inconsistent"),

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
	TARGET_NOT_BEYOND_BASELINE("warning.kpi.target-not-beyond-baseline");

	private final String messageKey;

	KpiWarning(String messageKey) {
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
