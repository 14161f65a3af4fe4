package com.marketingplanner.analytics.roi;

import java.util.Objects;

import java.math.BigDecimal;

/**
 * What a customer's lifetime value is computed from: LTV = AOV × purchases per period ×
 * lifetime periods (× gross margin when known), see
 * {@link CustomerEconomics#lifetimeValue}.
 *
 * @param averageOrderValue money per order, not negative
 * @param purchasesPerPeriod orders per customer per period (e.g. per year), not negative
 * @param lifetimePeriods expected number of periods a customer stays, not negative
 * @param grossMargin gross margin as a fraction in [0, 1], or {@code null} when unknown
 */
public record LifetimeValueInput(BigDecimal averageOrderValue, double purchasesPerPeriod, double lifetimePeriods,
		Double grossMargin) {

	public LifetimeValueInput {
		ReturnRatios.requireNonNegative(Objects.requireNonNull(averageOrderValue, "averageOrderValue"),
				"average order value");
		if (!(purchasesPerPeriod >= 0) || !Double.isFinite(purchasesPerPeriod)) {
			throw new IllegalArgumentException("purchases per period must be finite and ≥ 0: " + purchasesPerPeriod);
		}
		if (!(lifetimePeriods >= 0) || !Double.isFinite(lifetimePeriods)) {
			throw new IllegalArgumentException("lifetime periods must be finite and ≥ 0: " + lifetimePeriods);
		}
		if (grossMargin != null && !(grossMargin >= 0 && grossMargin <= 1)) {
			throw new IllegalArgumentException("gross margin must lie in [0, 1]: " + grossMargin);
		}
	}

}
