package com.marketingplanner.domain.budget;

import java.util.List;

/**
 * The result of a budget write together with the findings of the budget check run right
 * after it, so that a client sees the consequences of what it saved. The findings never
 * prevent the save.
 */
public record Checked<T>(T value, List<BudgetWarning> warnings) {

	public Checked {
		warnings = List.copyOf(warnings);
	}

}
