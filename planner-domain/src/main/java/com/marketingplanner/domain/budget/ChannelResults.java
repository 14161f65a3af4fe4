package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.marketingplanner.domain.budget.ChannelResult.SpendSource;
import com.marketingplanner.domain.marketingdata.ChannelActual;
import com.marketingplanner.domain.marketingdata.LineSpend;

/**
 * Adds up the channel actuals and the plan's line spend per channel (and per month): the
 * one place that decides a channel's actual spend. A channel's spend is what it reported
 * itself (channel actuals) when it reported any spend in the group; otherwise what the
 * plan booked on its budget lines of that channel; otherwise unknown. Revenue and the
 * stage counts are the channel's reports, summed over the reported days, unknown when
 * none was reported. Channels appear in code order (then month order).
 */
public final class ChannelResults {

	private ChannelResults() {
	}

	/** Per channel over the whole period. */
	public static List<ChannelResult> byChannel(List<ChannelActual> actuals, List<LineSpend> lineSpend) {
		return group(actuals, lineSpend, (day) -> null, false);
	}

	/**
	 * Per channel over the whole period, as one plan executed its budget (the budget
	 * board, ADR 0022): a channel's spend is what the plan booked on its budget lines of
	 * that channel when it booked any — channel actuals are the organisation's, and
	 * several plans share a channel — else the channel's own report. Revenue and counts
	 * are the channel's reports as always.
	 */
	public static List<ChannelResult> byChannelAsBooked(List<ChannelActual> actuals, List<LineSpend> lineSpend) {
		return group(actuals, lineSpend, (day) -> null, true);
	}

	/** Per channel and calendar month. */
	public static List<ChannelResult> byChannelAndMonth(List<ChannelActual> actuals, List<LineSpend> lineSpend) {
		return group(actuals, lineSpend, YearMonth::from, false);
	}

	private static List<ChannelResult> group(List<ChannelActual> actuals, List<LineSpend> lineSpend,
			Function<LocalDate, YearMonth> monthOf, boolean bookingsFirst) {
		Map<String, Sums> groups = new TreeMap<>();
		for (ChannelActual actual : actuals) {
			YearMonth month = monthOf.apply(actual.day());
			groups.computeIfAbsent(key(actual.channel(), month), (key) -> new Sums(actual.channel(), month))
				.add(actual);
		}
		for (LineSpend spend : lineSpend) {
			if (spend.channel() != null) {
				YearMonth month = monthOf.apply(spend.day());
				Sums sums = groups.computeIfAbsent(key(spend.channel(), month),
						(key) -> new Sums(spend.channel(), month));
				sums.booked = add(sums.booked, spend.amount());
			}
		}
		List<ChannelResult> results = new ArrayList<>();
		groups.values().forEach((sums) -> results.add(sums.result(bookingsFirst)));
		return results;
	}

	private static String key(String channel, YearMonth month) {
		return channel + '\u0000' + ((month != null) ? month.toString() : "");
	}

	private static BigDecimal add(BigDecimal sum, BigDecimal value) {
		if (value == null) {
			return sum;
		}
		return (sum == null) ? value : sum.add(value);
	}

	private static Long add(Long sum, Long value) {
		if (value == null) {
			return sum;
		}
		return (sum == null) ? value : sum + value;
	}

	private static final class Sums {

		private final String channel;

		private final YearMonth month;

		private BigDecimal reported;

		private BigDecimal booked;

		private BigDecimal revenue;

		private Long impressions;

		private Long clicks;

		private Long visits;

		private Long orders;

		private Long newCustomers;

		Sums(String channel, YearMonth month) {
			this.channel = channel;
			this.month = month;
		}

		void add(ChannelActual actual) {
			this.reported = ChannelResults.add(this.reported, actual.spend());
			this.revenue = ChannelResults.add(this.revenue, actual.revenue());
			this.impressions = ChannelResults.add(this.impressions, actual.impressions());
			this.clicks = ChannelResults.add(this.clicks, actual.clicks());
			this.visits = ChannelResults.add(this.visits, actual.visits());
			this.orders = ChannelResults.add(this.orders, actual.orders());
			this.newCustomers = ChannelResults.add(this.newCustomers, actual.newCustomers());
		}

		ChannelResult result(boolean bookingsFirst) {
			boolean fromReport = this.reported != null && !(bookingsFirst && this.booked != null);
			BigDecimal spend = fromReport ? this.reported : this.booked;
			SpendSource source = fromReport ? SpendSource.CHANNEL_REPORT
					: (this.booked != null) ? SpendSource.BUDGET_LINES : SpendSource.NONE;
			return new ChannelResult(this.channel, this.month, spend, source, this.revenue, this.impressions,
					this.clicks, this.visits, this.orders, this.newCustomers);
		}

	}

}
