package com.marketingplanner.web.chart;

import java.util.List;

/**
 * A named row of values.
 *
 * @param name the legend's text
 * @param style how the series is drawn within its chart
 * @param tone its colour
 * @param data the values; in category charts one per category, in order
 */
public record Series(String name, Style style, Tone tone, List<Datum> data) {

	public Series {
		data = List.copyOf(data);
	}

	/** How a series is drawn. */
	public enum Style {

		/**
		 * The chart's natural mark (a bar in BARS, a line in LINES, a point in MATRIX).
		 */
		DEFAULT,
		/** A line, also inside a bar chart (e.g. a target over actuals). */
		LINE,
		/** A dashed line (a reference such as a baseline or a plan). */
		DASHED,
		/** A shaded range between {@link Datum#low()} and {@link Datum#value()}. */
		BAND

	}

}
