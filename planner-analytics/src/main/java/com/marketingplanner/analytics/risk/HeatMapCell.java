package com.marketingplanner.analytics.risk;

/**
 * Cell of the 5×5 risk heat map, both axes 1–5 (see
 * {@link RiskAssessment#heatMapCell(Risk)}).
 *
 * @param probabilityBucket 1 (p &lt; 0.2) … 5 (p ≥ 0.8)
 * @param impact 1–5 as given
 */
public record HeatMapCell(int probabilityBucket, int impact) {

	public HeatMapCell {
		if (probabilityBucket < 1 || probabilityBucket > 5 || impact < 1 || impact > 5) {
			throw new IllegalArgumentException("heat-map cells are 1–5 on both axes");
		}
	}

}
