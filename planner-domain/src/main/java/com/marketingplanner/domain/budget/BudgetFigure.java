package com.marketingplanner.domain.budget;

import java.math.BigDecimal;

import com.marketingplanner.domain.shared.Ratio;

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

	/** The decimal places a ratio is written with. */
	public static final int RATIO_SCALE = Ratio.STATED_SCALE;

	/**
	 * A ratio as text: stated to {@value #RATIO_SCALE} decimal places (half up), trailing
	 * zeros dropped — {@code 1.15}, {@code 0.0325} — never the long expansion of a
	 * quotient or of a binary double ({@code 1.14999995949997}); a dash when not defined.
	 */
	public static String plainRatio(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		BigDecimal stated = Ratio.stated(value).stripTrailingZeros();
		return ((stated.scale() < 0) ? stated.setScale(0) : stated).toPlainString();
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
