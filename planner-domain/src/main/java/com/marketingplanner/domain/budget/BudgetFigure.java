package com.marketingplanner.domain.budget;

import java.math.BigDecimal;

/**
 * One number of a budget-check finding, named and typed so that a page can format it (an
 * amount in the plan's currency, a percentage, a plain ratio).
 *
 * @param name what the number is, e.g. {@code over} or {@code share}
 * @param kind how to format it
 * @param value the number: amounts have scale 2, percentages are in percent (42.8571)
 */
public record BudgetFigure(String name, Kind kind, BigDecimal value) {

	public enum Kind {

		AMOUNT, PERCENT, RATIO

	}

	static BudgetFigure amount(String name, BigDecimal value) {
		return new BudgetFigure(name, Kind.AMOUNT, value);
	}

	static BudgetFigure percent(String name, BigDecimal value) {
		return new BudgetFigure(name, Kind.PERCENT, value);
	}

	static BudgetFigure ratio(String name, BigDecimal value) {
		return new BudgetFigure(name, Kind.RATIO, value);
	}

}
