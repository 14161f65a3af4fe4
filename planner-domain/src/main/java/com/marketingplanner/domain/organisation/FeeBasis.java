package com.marketingplanner.domain.organisation;

import java.math.BigDecimal;

import com.marketingplanner.domain.shared.Money;
import com.marketingplanner.domain.shared.Percentage;

/**
 * How a fee or a cost outside the budget is stated: a one-off amount (the designer's
 * 200万), per month (the MCN agency's 5万/月), per year (the consultancy's 30万/年, the
 * charity's 100万/年), per unit of something the source names but does not count (a
 * resident KOL's 1.2万 per engagement), or a share in percent of the plan's budget.
 */
public enum FeeBasis {

	FIXED, PER_MONTH, PER_YEAR, PER_UNIT, SHARE_OF_BUDGET;

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	/**
	 * What {@code amount} stated on this basis costs over {@code months} calendar months
	 * of a budget of {@code budget}: fixed = the amount; per month = amount × months; per
	 * year = amount × months ÷ 12; share = amount % × budget; rounded half-up to cents.
	 * @return {@code null} when it cannot be known: per unit (the number of units is not
	 * stated), a share without a budget, or no amount
	 */
	public BigDecimal costOver(BigDecimal amount, int months, BigDecimal budget) {
		if (amount == null) {
			return null;
		}
		BigDecimal cost = switch (this) {
			case FIXED -> amount;
			case PER_MONTH -> amount.multiply(BigDecimal.valueOf(months));
			case PER_YEAR -> Money.quotient(amount.multiply(BigDecimal.valueOf(months)), TWELVE);
			case PER_UNIT -> null;
			case SHARE_OF_BUDGET -> (budget != null) ? Percentage.shareOf(amount, budget) : null;
		};
		return Money.rounded(cost);
	}

	/** Whether an amount outside the budget may be stated on this basis. */
	public boolean suitsCostOutsideBudget() {
		return this == FIXED || this == PER_MONTH || this == PER_YEAR;
	}

}
