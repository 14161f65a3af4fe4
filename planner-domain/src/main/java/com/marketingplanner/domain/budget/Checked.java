package com.marketingplanner.domain.budget;

import java.util.List;

/**
 * The result of a budget write together with the findings of the budget check run right
 * after it, so that a client sees the consequences of what it saved. The findings never
 * prevent the save.
 *
 * @param value what was saved
 * @param warnings the findings of the budget check after the save
 * @param currency the plan's currency, which the findings' amounts are in
 */
public record Checked<T>(T value, List<BudgetWarning> warnings, String currency) {

	public Checked {
		warnings = List.copyOf(warnings);
	}

}
