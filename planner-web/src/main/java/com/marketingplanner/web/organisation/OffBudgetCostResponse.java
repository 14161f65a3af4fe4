package com.marketingplanner.web.organisation;

import java.math.BigDecimal;

import com.marketingplanner.domain.organisation.FeeBasis;
import com.marketingplanner.domain.organisation.OffBudgetCost;

/**
 * A cost outside the budget as the API returns it; {@code partnerId} is the vendor it
 * pays (its fee is the cost when {@code amount} is null).
 */
public record OffBudgetCostResponse(long id, String name, BigDecimal amount, FeeBasis basis, Long partnerId,
		String reason, int position, long version) {

	static OffBudgetCostResponse from(OffBudgetCost cost) {
		return new OffBudgetCostResponse(cost.getId(), cost.getName(), cost.getAmount(), cost.getBasis(),
				cost.getPartnerId(), cost.getReason(), cost.getPosition(), cost.getVersion());
	}

}
