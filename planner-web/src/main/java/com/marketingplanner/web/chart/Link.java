package com.marketingplanner.web.chart;

/**
 * A dependency arrow of a TIMELINE chart: {@code to} depends on {@code from}.
 *
 * @param from id of the span that comes first
 * @param to id of the span that waits for it
 */
public record Link(String from, String to) {
}
