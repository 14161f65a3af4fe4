package com.marketingplanner.analytics.risk;

/**
 * A cell of the 5×5 risk heat map: a probability bucket and an impact, both 1–5.
 * Probability buckets are 0.2 wide and closed at the bottom: [0, 0.2) → 1, [0.2, 0.4) →
 * 2, [0.4, 0.6) → 3, [0.6, 0.8) → 4, [0.8, 1] → 5 (see
 * {@link RiskAssessment#heatMapCell}).
 *
 * @param probabilityBucket 1 (p &lt; 0.2) … 5 (p ≥ 0.8)
 * @param impact 1–5 as given
 */
public record HeatMapCell(int probabilityBucket, int impact) {

	public HeatMapCell {
		if (probabilityBucket < 1 || probabilityBucket > 5 || impact < 1 || impact > 5) {
			throw new IllegalArgumentException("No heat-map cell " + probabilityBucket + "/" + impact);
		}
	}

}
