package com.marketingplanner.analytics.experiment;

/**
 * One arm of an A/B test.
 *
 * @param visitors units exposed (users, sessions), &gt; 0
 * @param conversions units that converted, 0 ≤ conversions ≤ visitors
 */
public record Arm(long visitors, long conversions) {

	public Arm {
		if (visitors <= 0) {
			throw new IllegalArgumentException("an arm needs visitors: " + visitors);
		}
		if (conversions < 0 || conversions > visitors) {
			throw new IllegalArgumentException("conversions must lie in 0.." + visitors + ": " + conversions);
		}
	}

	/** Conversion rate conversions ÷ visitors. */
	public double rate() {
		return (double) this.conversions / this.visitors;
	}

}
