package com.marketingplanner.analytics.guardrail;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Planned and actual spend of one month.
 *
 * @param month the month
 * @param planned the planned spend, &gt; 0
 * @param actual the actual spend, not negative
 */
public record MonthlySpend(YearMonth month, BigDecimal planned, BigDecimal actual) {

	public MonthlySpend {
		Objects.requireNonNull(month, "month");
		if (planned.signum() <= 0) {
			throw new IllegalArgumentException("the planned spend of " + month + " must be positive");
		}
		if (actual.signum() < 0) {
			throw new IllegalArgumentException("the actual spend of " + month + " must not be negative");
		}
	}

}
