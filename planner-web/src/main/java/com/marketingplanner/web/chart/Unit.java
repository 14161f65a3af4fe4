package com.marketingplanner.web.chart;

/**
 * What the values of a chart are, so axis ticks can be written as the reader expects (the
 * exact figures of tooltips and tables come already written in {@link Datum#display()}).
 *
 * @param kind money, percent or a plain number
 * @param currency ISO 4217 code for money, else {@code null}
 * @param suffix a unit written after a plain number ("人", "ms"), or {@code null}
 */
public record Unit(Kind kind, String currency, String suffix) {

	public static final Unit NUMBER = new Unit(Kind.NUMBER, null, null);

	public static final Unit PERCENT = new Unit(Kind.PERCENT, null, null);

	public static Unit money(String currency) {
		return new Unit(Kind.MONEY, currency, null);
	}

	public static Unit number(String suffix) {
		return new Unit(Kind.NUMBER, null, suffix);
	}

	/** The kinds of values. */
	public enum Kind {

		MONEY, PERCENT, NUMBER

	}

}
