package com.marketingplanner.web.chart;

import java.time.LocalDate;

/**
 * A bar of a TIMELINE chart from {@code start} to {@code end} (both days included) on row
 * {@code row}; a span whose start equals its end and that is a {@code milestone} is drawn
 * as a point (a diamond; a gated milestone as a flagged diamond).
 *
 * @param id names the span for {@link Link}s
 * @param row index into the chart's {@code rows}
 * @param start first day
 * @param end last day
 * @param label its name
 * @param detail a second line for the tooltip and the table (status, gate), or
 * {@code null}
 * @param tone its colour (usually its status)
 * @param milestone whether it is a dated point rather than a range
 * @param gated whether a KPI gate must be met to pass it
 * @param href where clicking it leads (its edit form), or {@code null}
 */
public record Span(String id, int row, LocalDate start, LocalDate end, String label, String detail, Tone tone,
		boolean milestone, boolean gated, String href) {
}
