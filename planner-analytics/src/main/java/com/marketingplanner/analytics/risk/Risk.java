package com.marketingplanner.analytics.risk;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One risk of a plan as the seeds state it (seed digest row 22).
 *
 * @param id the plan's identifier of the risk (for reports)
 * @param probability probability of occurrence in [0, 1]
 * @param impact impact on the 1–5 scale (1 negligible … 5 severe)
 * @param magnitude money lost if the risk occurs, or {@code null} when the plan does not
 * quantify it; see {@link #magnitudeAsShareOf} for "15 % of 2.8億"
 */
public record Risk(String id, double probability, int impact, BigDecimal magnitude) {

	public Risk {
		Objects.requireNonNull(id, "id");
		if (!(probability >= 0 && probability <= 1)) {
			throw new IllegalArgumentException("probability must lie in [0, 1]: " + probability);
		}
		if (impact < 1 || impact > 5) {
			throw new IllegalArgumentException("impact must be on the 1–5 scale: " + impact);
		}
		if (magnitude != null && magnitude.signum() < 0) {
			throw new IllegalArgumentException("magnitude must not be negative: " + magnitude);
		}
	}

	/**
	 * The magnitude of a loss stated as a share of a base amount, exactly in decimal: 15
	 * % of 2.8億 = 0.15 × 280,000,000 = 42,000,000.
	 */
	public static BigDecimal magnitudeAsShareOf(BigDecimal share, BigDecimal base) {
		return share.multiply(base);
	}

}
