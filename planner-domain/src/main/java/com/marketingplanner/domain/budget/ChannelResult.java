package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What one channel spent and brought in over a period (or one month of it), as
 * {@link ChannelResults} adds it up. Every figure is {@code null} when nothing was
 * reported, which is not the same as zero.
 *
 * @param channel the channel's catalog code
 * @param month the month, or {@code null} for the whole period
 * @param spend the spend, see {@link #spendSource()}
 * @param spendSource where the spend comes from
 * @param revenue revenue as the channel reported it
 * @param impressions impressions as reported
 * @param clicks clicks as reported
 * @param visits visits as reported
 * @param orders orders as reported
 * @param newCustomers new customers as reported
 */
public record ChannelResult(String channel, YearMonth month, BigDecimal spend, SpendSource spendSource,
		BigDecimal revenue, Long impressions, Long clicks, Long visits, Long orders, Long newCustomers) {

	/** Where a channel's actual spend comes from. */
	public enum SpendSource {

		/** The channel's own report (channel actuals, column {@code spend}). */
		CHANNEL_REPORT,

		/**
		 * The plan's bookings on its budget lines of that channel, because the channel
		 * reported no spend (or, on the budget board, because the plan booked some).
		 */
		BUDGET_LINES,

		/** No spend known. */
		NONE

	}

}
