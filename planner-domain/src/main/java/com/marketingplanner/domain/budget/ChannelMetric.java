package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.math.MathContext;

import com.marketingplanner.analytics.guardrail.Guardrails;

/**
 * A per-channel figure a {@link AllocationRuleKind#BENCHMARK_RAISE} rule compares with a
 * benchmark, computed from what the channel spent and brought in over the plan period
 * ({@link ChannelResult}); {@code null} when a figure it needs was not reported or is
 * zero. Each knows which way is better.
 */
public enum ChannelMetric {

	/**
	 * Lifetime value as far as the period shows it: revenue ÷ new customers = AOV ×
	 * purchases per acquired customer in the period (design.md "LTV" with the period as
	 * the lifetime and without a margin; seed digest row 11). Higher is better.
	 */
	LTV("LTV", true, BudgetFigure.Kind.AMOUNT),

	/** Revenue ÷ spend, the plans' ROI (seed digest row 5; the ROI floor's ratio). */
	ROI("ROI", true, BudgetFigure.Kind.RATIO),

	/** Spend ÷ new customers (seed digest row 9). Lower is better. */
	CAC("CAC", false, BudgetFigure.Kind.AMOUNT),

	/** Revenue ÷ orders (客单价). Higher is better. */
	AOV("AOV", true, BudgetFigure.Kind.AMOUNT),

	/** Orders ÷ visits in percent. Higher is better. */
	CONVERSION_RATE("CVR", true, BudgetFigure.Kind.PERCENT);

	private final String abbreviation;

	private final boolean higherIsBetter;

	private final BudgetFigure.Kind kind;

	ChannelMetric(String abbreviation, boolean higherIsBetter, BudgetFigure.Kind kind) {
		this.abbreviation = abbreviation;
		this.higherIsBetter = higherIsBetter;
		this.kind = kind;
	}

	/** The usual abbreviation (LTV, ROI, CAC, AOV, CVR), the same in every language. */
	public String abbreviation() {
		return this.abbreviation;
	}

	/** Whether a higher value is the better one (CAC: lower is). */
	public boolean isHigherBetter() {
		return this.higherIsBetter;
	}

	/** How a value of the metric is written (an amount, a ratio, a percentage). */
	public BudgetFigure.Kind kind() {
		return this.kind;
	}

	/** The comparison the rule makes, as a symbol: {@code >} or {@code <}. */
	public String beatsSymbol() {
		return this.higherIsBetter ? ">" : "<";
	}

	/**
	 * Whether {@code value} beats {@code benchmark}: strictly above it (strictly below
	 * for CAC); equal does not beat.
	 */
	public boolean beats(BigDecimal value, BigDecimal benchmark) {
		int comparison = value.compareTo(benchmark);
		return this.higherIsBetter ? comparison > 0 : comparison < 0;
	}

	/** The channel's value of the metric over the period, or {@code null}. */
	public BigDecimal of(ChannelResult result) {
		return switch (this) {
			case LTV -> quotient(result.revenue(), count(result.newCustomers()));
			case ROI -> (result.spend() != null && result.revenue() != null)
					? Guardrails.returnOnSpend(result.spend(), result.revenue()).orElse(null) : null;
			case CAC -> quotient(result.spend(), count(result.newCustomers()));
			case AOV -> quotient(result.revenue(), count(result.orders()));
			case CONVERSION_RATE -> {
				BigDecimal rate = quotient(count(result.orders()), count(result.visits()));
				yield (rate != null) ? rate.movePointRight(2) : null;
			}
		};
	}

	private static BigDecimal count(Long count) {
		return (count != null) ? BigDecimal.valueOf(count) : null;
	}

	private static BigDecimal quotient(BigDecimal numerator, BigDecimal denominator) {
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return null;
		}
		return numerator.divide(denominator, MathContext.DECIMAL64);
	}

}
