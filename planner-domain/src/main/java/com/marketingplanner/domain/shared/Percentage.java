package com.marketingplanner.domain.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A percentage, stored and entered in points (15 for "15 %", four decimals, rounded half
 * up) and used in formulas as a fraction (0.15). The two forms are converted only here
 * (ADR 0093), so no caller divides or multiplies by 100 on its own. A percentage may be
 * above 100 (a budget +150 %) or negative (costs −20 %).
 */
public record Percentage(BigDecimal points) {

	/** Decimals of stored points. */
	public static final int SCALE = 4;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public Percentage {
		points = Objects.requireNonNull(points, "points").setScale(SCALE, RoundingMode.HALF_UP);
	}

	/** A percentage from points: {@code ofPoints(15)} is 15 %. */
	public static Percentage ofPoints(BigDecimal points) {
		return new Percentage(points);
	}

	/** A percentage from a fraction: {@code ofFraction(0.15)} is 15 %. */
	public static Percentage ofFraction(BigDecimal fraction) {
		return new Percentage(fraction.multiply(HUNDRED));
	}

	/** Points rounded to four decimals, or {@code null} for {@code null}. */
	public static BigDecimal roundedPoints(BigDecimal points) {
		return (points != null) ? new Percentage(points).points() : null;
	}

	/** The percentage as a fraction (15 % → 0.15), exact to 34 digits. */
	public BigDecimal fraction() {
		return this.points.divide(HUNDRED, MathContext.DECIMAL128);
	}

	/** This share of an amount: 15 % of 1000.00 is 150.00. */
	public Money of(Money base) {
		return base.times(fraction());
	}

}
