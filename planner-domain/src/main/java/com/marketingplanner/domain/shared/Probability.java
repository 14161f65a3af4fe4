package com.marketingplanner.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A probability between 0 and 1 inclusive, four decimals, rounded half up (ADR 0093).
 * Sources that state 22 % mean 0.22: {@link #ofPercent} converts.
 */
public record Probability(BigDecimal value) {

	/** Decimals of a stored probability. */
	public static final int SCALE = 4;

	/**
	 * @throws BusinessRuleViolation on {@code probability} when outside 0–1
	 */
	public Probability {
		Objects.requireNonNull(value, "value");
		if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
			throw new BusinessRuleViolation("probability", "error.risk.probability-out-of-range",
					"A probability lies between 0 and 1: " + value, value);
		}
		value = value.setScale(SCALE, RoundingMode.HALF_UP);
	}

	public static Probability of(BigDecimal value) {
		return new Probability(value);
	}

	/** The probability {@code value}, or {@code null} for {@code null} (not stated). */
	public static Probability ofNullable(BigDecimal value) {
		return (value != null) ? new Probability(value) : null;
	}

	/** The value of {@code probability}, or {@code null} for {@code null}. */
	public static BigDecimal valueOrNull(Probability probability) {
		return (probability != null) ? probability.value() : null;
	}

	/** A probability stated in percent: 22 → 0.22. */
	public static Probability ofPercent(BigDecimal percent) {
		return new Probability(Percentage.ofPoints(percent).fraction());
	}

	/** The value rounded to four decimals, or {@code null} for {@code null}. */
	public static BigDecimal rounded(BigDecimal value) {
		return (value != null) ? new Probability(value).value() : null;
	}

	/** The probability in percent: 0.22 is 22 %. */
	public Percentage asPercentage() {
		return Percentage.ofFraction(this.value);
	}

	/** The chance that it does not happen. */
	public Probability complement() {
		return new Probability(BigDecimal.ONE.subtract(this.value));
	}

}
