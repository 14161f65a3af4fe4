package com.marketingplanner.web.chart;

/**
 * How a {@link Chart} is drawn. The kind decides which parts of the model are read:
 * <ul>
 * <li>{@link #BARS}, {@link #LINES}, {@link #SPARKLINE}, {@link #DONUT}, {@link #RADAR}:
 * {@code categories} and the {@code series} values per category;</li>
 * <li>{@link #MATRIX}: the {@code x}/{@code y} of each datum on two numeric axes, with
 * {@code zones};</li>
 * <li>{@link #TIMELINE}: {@code rows}, {@code spans}, {@code links} and {@code markers}
 * on a date axis.</li>
 * </ul>
 */
public enum ChartKind {

	/**
	 * Vertical (or, with {@code horizontal}, horizontal) bars per category; grouped or
	 * stacked.
	 */
	BARS,
	/** Lines over the categories; a series with style BAND is drawn as a shaded range. */
	LINES,
	/** A small line without axes, for a tile. */
	SPARKLINE,
	/** Shares of a whole: one series, one slice per category. */
	DONUT,
	/** One axis per category, each series a polygon. */
	RADAR,
	/** Points on two numeric axes over coloured zones (risk heat map). */
	MATRIX,
	/** Date ranges and dated points on rows (Gantt, calendar). */
	TIMELINE

}
