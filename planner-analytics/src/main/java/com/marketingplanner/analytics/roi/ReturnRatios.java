package com.marketingplanner.analytics.roi;

import java.math.BigDecimal;
import java.util.Objects;

import com.marketingplanner.analytics.Figure;

/**
 * Return ratios of spend (design.md "ROI"; seed digest rows 5–8). Computed in decimal
 * from the money amounts and returned as a double {@link Figure}; a zero spend or cost
 * gives an undefined figure, never an infinity.
 * <p>
 * Two "ROI" definitions circulate in the seeds and must be kept apart: the classic
 * {@link #roi ROI} = (revenue − cost) ÷ cost and what the plans call ROI, which is
 * {@link #roas ROAS} = revenue ÷ spend (often written "1:x", see {@link OneToX}); the
 * first equals the second minus one.
 */
public final class ReturnRatios {

	private ReturnRatios() {
	}

	/**
	 * Classic ROI = (attributed revenue − cost) ÷ cost (seed digest row 5b). Revenue 350,
	 * cost 100 → 2.5.
	 */
	public static Figure roi(BigDecimal revenue, BigDecimal cost) {
		requireNonNegative(cost, "cost");
		return Figure.quotient(Objects.requireNonNull(revenue, "revenue").subtract(cost), cost,
				"ROI is not defined for a zero cost");
	}

	/**
	 * ROAS = attributed revenue ÷ ad spend (seed digest rows 5 and 6; 002's "ROI 1.5").
	 * Revenue 350, spend 100 → 3.5 ("1:3.5").
	 */
	public static Figure roas(BigDecimal revenue, BigDecimal spend) {
		requireNonNegative(spend, "spend");
		return Figure.quotient(Objects.requireNonNull(revenue, "revenue"), spend,
				"ROAS is not defined for a zero spend");
	}

	/**
	 * Sales yield = (incremental) sales ÷ spend, the seeds' "sales per spend floor" (seed
	 * digest row 8): 500元 per 1萬元 → 500 ÷ 10000 = 0.05; 500萬 per 100萬 → 5.
	 */
	public static Figure salesYield(BigDecimal sales, BigDecimal spend) {
		requireNonNegative(spend, "spend");
		return Figure.quotient(Objects.requireNonNull(sales, "sales"), spend,
				"sales per spend is not defined for a zero spend");
	}

	/**
	 * Marginal ROI between two spend levels = Δrevenue ÷ Δspend = (revenue₂ − revenue₁) ÷
	 * (spend₂ − spend₁): the revenue the last unit of spend bought. Undefined when both
	 * levels have the same spend.
	 */
	public static Figure marginalRoi(SpendOutcome from, SpendOutcome to) {
		return Figure.quotient(to.revenue().subtract(from.revenue()), to.spend().subtract(from.spend()),
				"marginal ROI is not defined between two equal spend levels");
	}

	static void requireNonNegative(BigDecimal amount, String name) {
		Objects.requireNonNull(amount, name);
		if (amount.signum() < 0) {
			throw new IllegalArgumentException(name + " must not be negative: " + amount);
		}
	}

}
