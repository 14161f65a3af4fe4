package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.util.Map;

import com.marketingplanner.domain.budget.BudgetScenario;
import com.marketingplanner.domain.budget.BudgetScenarioStatus;

/** A budget scenario; {@code lineAmounts} by budget line id. */
public record ScenarioResponse(long id, String name, String description, BigDecimal total, BudgetScenarioStatus status,
		Map<Long, BigDecimal> lineAmounts, long version) {

	public static ScenarioResponse from(BudgetScenario scenario) {
		return new ScenarioResponse(scenario.getId(), scenario.getName(), scenario.getDescription(),
				scenario.getTotal(), scenario.getStatus(), scenario.getLineAmounts(), scenario.getVersion());
	}

}
