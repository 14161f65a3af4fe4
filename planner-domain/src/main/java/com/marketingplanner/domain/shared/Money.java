package com.marketingplanner.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An amount of money in the plan's currency: two decimals, rounded half up, in one place
 * (ADR 0093). Entity fields hold it ({@link MoneyConverter} stores it in a
 * {@code NUMERIC(…, 2)} column, ADR 0099); the currency is the plan's and is not repeated
 * here.
 */
public record Money(BigDecimal amount) {

	/** Decimals of every stored amount. */
	public static final int SCALE = 2;

	/** How amounts are rounded to {@link #SCALE}. */
	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		amount = Objects.requireNonNull(amount, "amount").setScale(SCALE, ROUNDING);
	}

	public static Money of(BigDecimal amount) {
		return new Money(amount);
	}

	/** The amount as money, or {@code null} for {@code null} (an amount not stated). */
	public static Money ofNullable(BigDecimal amount) {
		return (amount != null) ? new Money(amount) : null;
	}

	/** The amount of {@code money}, or {@code null} for {@code null}. */
	public static BigDecimal amountOrNull(Money money) {
		return (money != null) ? money.amount() : null;
	}

	/** The amount rounded to two decimals, or {@code null} for {@code null}. */
	public static BigDecimal rounded(BigDecimal amount) {
		return (amount != null) ? new Money(amount).amount() : null;
	}

	/**
	 * The amount rounded, after checking it is not negative; {@code null} stays
	 * {@code null} (an amount not stated).
	 * @param field the request field named in the error
	 * @param messageKey the message of the error ({@code error.budget.amount-negative})
	 * @throws BusinessRuleViolation on {@code field} for a negative amount
	 */
	public static BigDecimal nonNegative(BigDecimal amount, String field, String messageKey) {
		if (amount != null && amount.signum() < 0) {
			throw new BusinessRuleViolation(field, messageKey, "An amount cannot be negative: " + amount, amount);
		}
		return rounded(amount);
	}

	/**
	 * The amount as money after checking it is not negative; {@code null} stays
	 * {@code null} (an amount not stated).
	 * @throws BusinessRuleViolation on {@code field} for a negative amount
	 */
	public static Money ofNonNegative(BigDecimal amount, String field, String messageKey) {
		return ofNullable(nonNegative(amount, field, messageKey));
	}

	/**
	 * {@code dividend ÷ divisor} as an amount: the exact quotient rounded once to two
	 * decimals (a budget ÷ its months, amount × part ÷ whole); {@code null} for a
	 * {@code null} dividend.
	 * @throws ArithmeticException for a zero divisor
	 */
	public static BigDecimal quotient(BigDecimal dividend, BigDecimal divisor) {
		return (dividend != null) ? dividend.divide(divisor, SCALE, ROUNDING) : null;
	}

	/**
	 * The sum of amounts, rounded; {@code null} entries (amounts not stated) count as
	 * nothing, so no amounts sum to 0.00.
	 */
	public static BigDecimal total(Stream<BigDecimal> amounts) {
		return rounded(amounts.filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	public Money plus(Money other) {
		return new Money(this.amount.add(other.amount));
	}

	public Money minus(Money other) {
		return new Money(this.amount.subtract(other.amount));
	}

	/** This amount times a factor (a share as a fraction, a count), rounded. */
	public Money times(BigDecimal factor) {
		return new Money(this.amount.multiply(factor));
	}

	public boolean isNegative() {
		return this.amount.signum() < 0;
	}

}
