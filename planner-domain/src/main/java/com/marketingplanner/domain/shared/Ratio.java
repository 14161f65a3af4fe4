package com.marketingplanner.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A plain ratio, neither money nor a percentage: a return on spend (revenue ÷ spend, 1.5
 * for "ROI ≥ 1.5"), or an allocation rule's threshold, which by the rule's kind is such a
 * return or overspend points (10 for "more than 10 % over plan"). Six decimals, rounded
 * half up (ADR 0099): {@link Percentage} would round a threshold to four and
 * {@link Money} to two. A finding states a ratio to {@link #STATED_SCALE} decimals.
 */
public record Ratio(BigDecimal value) {

	/** Decimals of a stored ratio ({@code NUMERIC(19, 6)}). */
	public static final int SCALE = 6;

	/** Decimals a ratio is stated with in a finding or on a page. */
	public static final int STATED_SCALE = 4;

	public Ratio {
		value = Objects.requireNonNull(value, "value").setScale(SCALE, RoundingMode.HALF_UP);
	}

	public static Ratio of(BigDecimal value) {
		return new Ratio(value);
	}

	/** The ratio of {@code value}, or {@code null} for {@code null} (not stated). */
	public static Ratio ofNullable(BigDecimal value) {
		return (value != null) ? new Ratio(value) : null;
	}

	/** The value of a ratio, or {@code null} for {@code null}. */
	public static BigDecimal valueOrNull(Ratio ratio) {
		return (ratio != null) ? ratio.value() : null;
	}

	/**
	 * A ratio as a finding states it: {@link #STATED_SCALE} decimals, half up (1.15, not
	 * the quotient's or a double's long expansion 1.14999995949997).
	 */
	public static BigDecimal stated(BigDecimal ratio) {
		return ratio.setScale(STATED_SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * A ratio found below a floor as a finding states it: {@link #STATED_SCALE} decimals
	 * rounded down, so that 1.14999995949997 under a floor of 1.15 reads 1.1499, not the
	 * floor itself.
	 */
	public static BigDecimal statedBelow(BigDecimal ratio) {
		return ratio.setScale(STATED_SCALE, RoundingMode.DOWN);
	}

}
