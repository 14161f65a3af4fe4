package com.marketingplanner.domain.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A cell of the 5×5 risk heat map: a probability bucket and an impact, both 1–5.
 * Probability buckets are 0.2 wide and closed at the bottom: [0, 0.2) → 1, [0.2, 0.4) →
 * 2, [0.4, 0.6) → 3, [0.6, 0.8) → 4, [0.8, 1] → 5 (so 0.2 is bucket 2 and 1.0 is bucket
 * 5).
 */
public record HeatMapCell(int probabilityBucket, int impact) {

	private static final BigDecimal FIVE = BigDecimal.valueOf(5);

	public HeatMapCell {
		if (probabilityBucket < 1 || probabilityBucket > 5 || impact < 1 || impact > 5) {
			throw new IllegalArgumentException("No heat-map cell " + probabilityBucket + "/" + impact);
		}
	}

	/** The cell of a risk with this probability (0–1) and impact (1–5). */
	public static HeatMapCell of(BigDecimal probability, int impact) {
		return new HeatMapCell(probabilityBucket(probability), impact);
	}

	/** The probability bucket 1–5 of a probability 0–1: ⌊5p⌋ + 1, at most 5. */
	public static int probabilityBucket(BigDecimal probability) {
		if (probability.signum() < 0 || probability.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("Not a probability: " + probability);
		}
		int bucket = probability.multiply(FIVE).setScale(0, RoundingMode.FLOOR).intValue() + 1;
		return Math.min(bucket, 5);
	}

}
