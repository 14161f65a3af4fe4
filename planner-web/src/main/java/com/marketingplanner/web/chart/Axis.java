package com.marketingplanner.web.chart;

import java.math.BigDecimal;

/**
 * A numeric axis: its name, its range ({@code null} bounds: chosen from the data) and the
 * unit of its values.
 */
public record Axis(String name, BigDecimal min, BigDecimal max, Unit unit) {

	public static Axis of(String name, Unit unit) {
		return new Axis(name, null, null, unit);
	}

	public Axis between(BigDecimal newMin, BigDecimal newMax) {
		return new Axis(this.name, newMin, newMax, this.unit);
	}

}
