package com.marketingplanner.analytics.roi;

import java.math.BigDecimal;
import java.util.Objects;

import com.marketingplanner.analytics.Figure;

/**
 * Unit economics of acquired customers (design.md "CAC", "LTV"; seed digest rows 9, 11
 * and 14). Money in, double {@link Figure} out (computed in decimal where only money is
 * involved, in double once frequencies or margins enter).
 */
public final class CustomerEconomics {

	private CustomerEconomics() {
	}

	/**
	 * CAC (also CPA) = acquisition spend ÷ new customers (seed digest row 9): 27万 ÷ 18000
	 * = 15元. Undefined with no new customers.
	 */
	public static Figure customerAcquisitionCost(BigDecimal acquisitionSpend, long newCustomers) {
		ReturnRatios.requireNonNegative(acquisitionSpend, "acquisition spend");
		requireNonNegative(newCustomers, "new customers");
		return Figure.quotient(acquisitionSpend, BigDecimal.valueOf(newCustomers),
				"CAC is not defined without new customers");
	}

	/** AOV = revenue ÷ orders (客單價). Undefined with no orders. */
	public static Figure averageOrderValue(BigDecimal revenue, long orders) {
		Objects.requireNonNull(revenue, "revenue");
		requireNonNegative(orders, "orders");
		return Figure.quotient(revenue, BigDecimal.valueOf(orders), "AOV is not defined without orders");
	}

	/**
	 * LTV = AOV × purchase frequency × expected lifetime (× gross margin when known), the
	 * frequency per period and the lifetime in the same periods (seed digest row 11):
	 * 300元 × 4 per year × 2 years = 2400元, with a 40 % margin 960元. Computed in double.
	 */
	public static double lifetimeValue(LifetimeValueInput input) {
		double value = input.averageOrderValue().doubleValue() * input.purchasesPerPeriod() * input.lifetimePeriods();
		return (input.grossMargin() == null) ? value : value * input.grossMargin();
	}

	/**
	 * LTV ÷ CAC, the health ratio of acquisition (3 or more is the usual rule of thumb).
	 * Undefined when CAC is undefined or zero.
	 */
	public static Figure lifetimeValueToCac(LifetimeValueInput input, Figure customerAcquisitionCost) {
		if (!customerAcquisitionCost.isDefined()) {
			return customerAcquisitionCost;
		}
		return Figure.quotient(lifetimeValue(input), customerAcquisitionCost.orElseThrow(),
				"LTV/CAC is not defined for a zero CAC");
	}

	/**
	 * Payback period, in the periods of {@code input} = CAC ÷ (AOV × purchases per period
	 * × margin), the margin taken as 1 when unknown: the number of periods of a
	 * customer's (gross) contribution that repays the cost of acquiring them. CAC 150,
	 * AOV 300, 0.5 purchases a month, margin 40 % → 150 ÷ 60 = 2.5 months. Undefined when
	 * a customer contributes nothing per period. A payback longer than the lifetime is
	 * returned as is: the caller compares it with
	 * {@link LifetimeValueInput#lifetimePeriods()}.
	 */
	public static Figure paybackPeriods(LifetimeValueInput input, Figure customerAcquisitionCost) {
		if (!customerAcquisitionCost.isDefined()) {
			return customerAcquisitionCost;
		}
		double margin = (input.grossMargin() == null) ? 1 : input.grossMargin();
		double contributionPerPeriod = input.averageOrderValue().doubleValue() * input.purchasesPerPeriod() * margin;
		return Figure.quotient(customerAcquisitionCost.orElseThrow(), contributionPerPeriod,
				"payback is not defined when a customer contributes nothing per period");
	}

	private static void requireNonNegative(long count, String name) {
		if (count < 0) {
			throw new IllegalArgumentException(name + " must not be negative: " + count);
		}
	}

}
