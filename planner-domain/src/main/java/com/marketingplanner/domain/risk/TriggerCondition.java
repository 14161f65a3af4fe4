package com.marketingplanner.domain.risk;

/**
 * How a risk trigger compares a measured value with its line (seed 002's warnings: "ROI <
 * 1.5", "overspend > 10 %", "price change > 5 %", "bounce > 60 %"). Comparisons are
 * strict: a value exactly on its line does not fire.
 */
public enum TriggerCondition {

	/** value &gt; line. */
	ABOVE(">"),

	/** value &lt; line. */
	BELOW("<"),

	/** line &lt; value &lt; upper line. */
	BETWEEN("∈"),

	/**
	 * The value moved by more than {@code line} percent (either way) over the trigger's
	 * period, or since the previous measurement when no period is given.
	 */
	CHANGE_BEYOND("Δ>");

	private final String symbol;

	TriggerCondition(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return this.symbol;
	}

}
