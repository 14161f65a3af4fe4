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

	/**
	 * The percentage of {@code points}, or {@code null} for {@code null} (not stated).
	 */
	public static Percentage ofNullable(BigDecimal points) {
		return (points != null) ? new Percentage(points) : null;
	}

	/** The points of {@code percentage}, or {@code null} for {@code null}. */
	public static BigDecimal pointsOrNull(Percentage percentage) {
		return (percentage != null) ? percentage.points() : null;
	}

	/** A percentage from a fraction: {@code ofFraction(0.15)} is 15 %. */
	public static Percentage ofFraction(BigDecimal fraction) {
		return new Percentage(fraction.multiply(HUNDRED));
	}

	/** Points rounded to four decimals, or {@code null} for {@code null}. */
	public static BigDecimal roundedPoints(BigDecimal points) {
		return (points != null) ? new Percentage(points).points() : null;
	}

	/**
	 * Points rounded to {@code scale} decimals, for the columns that keep fewer than four
	 * (an A/B test's confidence level, {@code NUMERIC(5, 2)}); {@code null} for
	 * {@code null}.
	 */
	public static BigDecimal roundedPoints(BigDecimal points, int scale) {
		return (points != null) ? points.setScale(scale, RoundingMode.HALF_UP) : null;
	}

	/**
	 * {@code part} ÷ {@code whole} in points, rounded once to four decimals (250 of 1000
	 * is 25.0000); {@code null} when either is missing or the whole is zero.
	 */
	public static BigDecimal pointsOf(BigDecimal part, BigDecimal whole) {
		if (part == null || whole == null || whole.signum() == 0) {
			return null;
		}
		return part.multiply(HUNDRED).divide(whole, SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * {@code points} % of an amount, the exact product rounded once to two decimals (12.5
	 * % of 1000 is 125.00); unlike {@link #of(Money)} the points are not rounded to four
	 * decimals first.
	 */
	public static BigDecimal shareOf(BigDecimal points, BigDecimal base) {
		return points.multiply(base).divide(HUNDRED, Money.SCALE, Money.ROUNDING);
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
