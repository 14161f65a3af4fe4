package com.marketingplanner.domain.timeline;

import java.math.BigDecimal;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import com.marketingplanner.domain.shared.BusinessRuleViolation;

/**
 * How a measured KPI value is compared with a threshold: {@code >=} (at least) or
 * {@code <=} (at most). Stored and written in JSON as the symbol; the constant name is
 * accepted as well (forms bind by name).
 */
public enum ComparisonOperator {

	AT_LEAST(">="), AT_MOST("<=");

	private final String symbol;

	ComparisonOperator(String symbol) {
		this.symbol = symbol;
	}

	@JsonValue
	public String symbol() {
		return this.symbol;
	}

	/** Whether {@code actual} satisfies "actual operator threshold". */
	public boolean holds(BigDecimal actual, BigDecimal threshold) {
		int comparison = actual.compareTo(threshold);
		return (this == AT_LEAST) ? comparison >= 0 : comparison <= 0;
	}

	/**
	 * The operator for a symbol ({@code >=}, {@code ≥}, {@code <=}, {@code ≤}) or a
	 * constant name; {@code null} for {@code null} or blank text.
	 * @throws BusinessRuleViolation for anything else
	 */
	@JsonCreator
	public static ComparisonOperator of(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return switch (text.strip().toUpperCase(Locale.ROOT)) {
			case ">=", "≥", "AT_LEAST" -> AT_LEAST;
			case "<=", "≤", "AT_MOST" -> AT_MOST;
			default -> throw new BusinessRuleViolation("operator", "error.threshold.operator-unknown",
					"'" + text + "' is not a comparison operator (use >= or <=)", text);
		};
	}

}
