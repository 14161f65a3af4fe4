package com.marketingplanner.web.chart;

import java.math.BigDecimal;

/**
 * A reference level across the value axis (baseline, target, challenge, ROI floor).
 *
 * @param label its name, shown at the line
 * @param value the level
 * @param display the level as written in the tables
 * @param tone its colour
 */
public record Threshold(String label, BigDecimal value, String display, Tone tone) {
}
