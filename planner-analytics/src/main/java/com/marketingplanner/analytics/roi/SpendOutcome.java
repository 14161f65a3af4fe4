package com.marketingplanner.analytics.roi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Revenue observed (or expected) at one spend level, e.g. a month of one channel; the
 * input of {@link ReturnRatios#marginalRoi}.
 *
 * @param spend the spend, not negative
 * @param revenue the attributed revenue
 */
public record SpendOutcome(BigDecimal spend, BigDecimal revenue) {

	public SpendOutcome {
		ReturnRatios.requireNonNegative(spend, "spend");
		Objects.requireNonNull(revenue, "revenue");
	}

}
