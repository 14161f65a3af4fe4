package com.marketingplanner.web.chart;

import java.time.LocalDate;

/**
 * A vertical line at a date of a TIMELINE chart (today, the plan's end).
 *
 * @param label its name
 * @param date where it stands
 * @param tone its colour
 */
public record Marker(String label, LocalDate date, Tone tone) {
}
