package com.marketingplanner.analytics.optimiser;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The recommended split of a budget ({@link BudgetOptimiser#allocate}).
 *
 * @param budget the budget to split
 * @param channels one recommendation per channel, in input order; recommended spends add
 * up to budget − unallocated exactly
 * @param unallocated budget no channel can take (every channel at its maximum, cap or ROI
 * floor)
 * @param currentReturn Σ expected return of the current split
 * @param recommendedReturn Σ expected return of the recommended split
 * @param equalisedMarginalReturn λ, the marginal return shared by the channels not held
 * at a bound; empty when every channel is held at a bound
 */
public record AllocationPlan(BigDecimal budget, List<ChannelAllocation> channels, BigDecimal unallocated,
		BigDecimal currentReturn, BigDecimal recommendedReturn, OptionalDouble equalisedMarginalReturn) {

	public AllocationPlan {
		channels = List.copyOf(channels);
	}

}
