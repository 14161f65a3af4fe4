package com.marketingplanner.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/**
 * A computed number, or the reason it is not defined. Analytics never hands NaN or an
 * infinity to a page (design.md: "Zero or missing denominators give 'not defined'"); a
 * quotient by zero becomes {@code Figure.undefined("no new customers")} instead.
 *
 * @param value the number when defined; empty otherwise
 * @param undefinedReason why there is no number; {@code null} exactly when the value is
 * present
 */
public record Figure(OptionalDouble value, String undefinedReason) {

	public Figure {
		Objects.requireNonNull(value, "value");
		if (value.isPresent() == (undefinedReason != null)) {
			throw new IllegalArgumentException("exactly one of value and undefinedReason must be given");
		}
		if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
			throw new IllegalArgumentException("a figure must be finite: " + value);
		}
	}

	/** A defined figure; {@code value} must be finite. */
	public static Figure of(double value) {
		return new Figure(OptionalDouble.of(value), null);
	}

	/** A figure that is not defined, for the stated reason. */
	public static Figure undefined(String reason) {
		return new Figure(OptionalDouble.empty(), Objects.requireNonNull(reason, "reason"));
	}

	/**
	 * {@code numerator ÷ denominator}, undefined with {@code reasonWhenZero} when the
	 * denominator is zero.
	 */
	public static Figure quotient(double numerator, double denominator, String reasonWhenZero) {
		if (denominator == 0) {
			return undefined(reasonWhenZero);
		}
		double quotient = numerator / denominator;
		return Double.isFinite(quotient) ? of(quotient) : undefined(reasonWhenZero);
	}

	/**
	 * {@code numerator ÷ denominator} computed in decimal (16 significant digits) and
	 * then returned as a double; undefined with {@code reasonWhenZero} when the
	 * denominator is zero.
	 */
	public static Figure quotient(BigDecimal numerator, BigDecimal denominator, String reasonWhenZero) {
		if (denominator.signum() == 0) {
			return undefined(reasonWhenZero);
		}
		return of(numerator.divide(denominator, MathContext.DECIMAL64).doubleValue());
	}

	public boolean isDefined() {
		return this.value.isPresent();
	}

	/**
	 * The value.
	 * @throws IllegalStateException with the reason when not defined
	 */
	public double orElseThrow() {
		if (!isDefined()) {
			throw new IllegalStateException("not defined: " + this.undefinedReason);
		}
		return this.value.getAsDouble();
	}

	/**
	 * Applies {@code function} to a defined value; an undefined figure stays as it is.
	 */
	public Figure map(DoubleUnaryOperator function) {
		return isDefined() ? of(function.applyAsDouble(this.value.getAsDouble())) : this;
	}

	@Override
	public String toString() {
		return isDefined() ? Double.toString(this.value.getAsDouble()) : "undefined (" + this.undefinedReason + ")";
	}

}
