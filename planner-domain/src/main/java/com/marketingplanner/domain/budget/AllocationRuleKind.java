package com.marketingplanner.domain.budget;

/**
 * The kinds of allocation rule a plan can set. Share kinds carry a {@code share} in
 * percent; floor and freeze kinds carry a {@code threshold}; the benchmark kind a
 * {@link BenchmarkComparison}.
 */
public enum AllocationRuleKind {

	/** The scope gets at least {@code share}% of the base. */
	MIN_SHARE(true),
	/** The scope gets at most {@code share}% of the base. */
	MAX_SHARE(true),
	/** The scope gets exactly {@code share}% of the base (± 0.05 percentage points). */
	FIXED_SHARE(true),
	/**
	 * Lines tagged {@code reserve} (or the tag named by a TAG scope) keep at least
	 * {@code share}%.
	 */
	RESERVE(true),
	/**
	 * A channel's lines get at most {@code share}% of the base; with a PLAN scope, every
	 * channel that has no cap of its own does.
	 */
	CHANNEL_CAP(true),
	/**
	 * Revenue ÷ spend of the scope must stay at or above {@code threshold} (e.g. 1.5).
	 */
	ROI_FLOOR(false),
	/**
	 * Sales per unit of spend of the scope must stay at or above {@code threshold} (e.g.
	 * 0.05).
	 */
	SALES_YIELD_FLOOR(false),
	/**
	 * Actual spend of the scope in a month must not exceed its monthly plan by more than
	 * {@code threshold} percent (e.g. 10); beyond it non-core channels are to be frozen.
	 */
	OVERSPEND_FREEZE(false),
	/**
	 * A channel whose metric beats a benchmark may get a larger share (002: LTV above the
	 * industry average); carries a {@link BenchmarkComparison} instead of a share or a
	 * threshold. A permission, never a violation: the check says which channels qualify,
	 * or that it cannot tell.
	 */
	BENCHMARK_RAISE(false);

	private final boolean share;

	AllocationRuleKind(boolean share) {
		this.share = share;
	}

	/** Whether the rule is expressed as a share (else as a threshold or a benchmark). */
	public boolean isShare() {
		return this.share;
	}

	/** Whether the rule compares a channel metric with a benchmark. */
	public boolean isBenchmark() {
		return this == BENCHMARK_RAISE;
	}

	/** Whether the rule needs a threshold (floors and the freeze). */
	public boolean needsThreshold() {
		return !this.share && !isBenchmark();
	}

}
