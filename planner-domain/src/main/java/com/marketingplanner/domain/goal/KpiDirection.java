package com.marketingplanner.domain.goal;

/**
 * Which way a metric improves: revenue and conversion are higher-is-better; CAC, CPC and
 * bounce rate lower-is-better. Mirrors the analytics module's {@code Direction} by name.
 */
public enum KpiDirection {

	HIGHER_IS_BETTER, LOWER_IS_BETTER;

	/** Whether {@code a} is at least as good as {@code b} in this direction. */
	public boolean atLeastAsGood(java.math.BigDecimal a, java.math.BigDecimal b) {
		int comparison = a.compareTo(b);
		return (this == HIGHER_IS_BETTER) ? comparison >= 0 : comparison <= 0;
	}

}
