package com.marketingplanner.analytics.goal;

import java.math.BigDecimal;

/**
 * Which way a metric improves. Revenue, traffic and conversion rate are
 * {@link #HIGHER_IS_BETTER}; CAC, CPC and bounce rate are {@link #LOWER_IS_BETTER} (seed
 * digest, "Computations the documents rely on", rows 15 and 16). The plan's KPIs store
 * this enum as they are ({@code domain.goal.Kpi}).
 */
public enum Direction {

	HIGHER_IS_BETTER, LOWER_IS_BETTER;

	/**
	 * Whether {@code a} is at least as good as {@code b} in this direction, exactly (for
	 * stated levels, which carry no rounding error).
	 */
	public boolean atLeastAsGood(BigDecimal a, BigDecimal b) {
		int comparison = a.compareTo(b);
		return (this == HIGHER_IS_BETTER) ? comparison >= 0 : comparison <= 0;
	}

	/** Whether {@code value} is strictly worse than {@code line} in this direction. */
	public boolean isWorse(BigDecimal value, BigDecimal line) {
		return !atLeastAsGood(value, line);
	}

	/**
	 * Whether {@code a} is at least as good as {@code b} in this direction. Levels
	 * derived by multiplication (2.4 × 0.75) carry rounding error, so values within a
	 * relative 1e-9 of each other count as equal.
	 */
	boolean atLeastAsGood(double a, double b) {
		double tolerance = 1e-9 * Math.max(Math.abs(a), Math.abs(b));
		return (this == HIGHER_IS_BETTER) ? a >= b - tolerance : a <= b + tolerance;
	}

}
