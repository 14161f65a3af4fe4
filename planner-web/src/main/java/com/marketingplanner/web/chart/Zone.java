package com.marketingplanner.web.chart;

import java.math.BigDecimal;

/**
 * A coloured region behind the marks: in a MATRIX chart a rectangle in axis units, in a
 * category chart a band of the value axis ({@code fromX}/{@code toX} {@code null}).
 * Bounds that are {@code null} extend to the edge of the plot.
 */
public record Zone(BigDecimal fromX, BigDecimal toX, BigDecimal fromY, BigDecimal toY, Tone tone, String label) {
}
