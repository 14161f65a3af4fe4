package com.marketingplanner.domain.context;

/**
 * How a context figure's value is stated: exactly, about, below or above it, at most or
 * at least it (000 跨境业务 "超过50%" is {@link #ABOVE} 50; 004 画像维度 "不足5个" is {@link #BELOW}
 * 5). A range (value to upper value) is stated {@link #EQUALS} or {@link #ABOUT}.
 */
public enum ContextQualifier {

	EQUALS("="), ABOUT("≈"), BELOW("<"), ABOVE(">"), AT_MOST("≤"), AT_LEAST("≥");

	private final String symbol;

	ContextQualifier(String symbol) {
		this.symbol = symbol;
	}

	/** The sign written before the value ({@code <}, {@code ≥}, …). */
	public String symbol() {
		return this.symbol;
	}

	/** Whether a range may be stated this way (a bound of a range is not a range). */
	public boolean suitsRange() {
		return this == EQUALS || this == ABOUT;
	}

}
