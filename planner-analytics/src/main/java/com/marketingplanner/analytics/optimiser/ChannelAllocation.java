package com.marketingplanner.analytics.optimiser;

import java.math.BigDecimal;

/**
 * The optimiser's recommendation for one channel; money to the cent.
 *
 * @param channel the channel
 * @param currentSpend spend in the current split
 * @param recommendedSpend recommended spend
 * @param change recommended − current
 * @param recommendedShare recommended ÷ budget
 * @param currentReturn expected return r(current)
 * @param recommendedReturn expected return r(recommended)
 * @param marginalReturn r′(recommended), the return of the next unit of spend
 * @param reason why the channel gets this spend
 */
public record ChannelAllocation(String channel, BigDecimal currentSpend, BigDecimal recommendedSpend, BigDecimal change,
		double recommendedShare, BigDecimal currentReturn, BigDecimal recommendedReturn, double marginalReturn,
		AllocationReason reason) {

}
