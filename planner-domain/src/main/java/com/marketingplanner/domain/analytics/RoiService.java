package com.marketingplanner.domain.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.marketingplanner.analytics.Figure;
import com.marketingplanner.analytics.roi.CustomerEconomics;
import com.marketingplanner.analytics.roi.ReturnRatios;
import com.marketingplanner.domain.budget.BudgetCheckService;
import com.marketingplanner.domain.budget.BudgetReport;
import com.marketingplanner.domain.budget.ChannelResult;
import com.marketingplanner.domain.budget.ChannelResult.SpendSource;
import com.marketingplanner.domain.budget.ChannelResults;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return on spend of a plan by channel and month (design.md "ROI"; seed digest rows 5–9):
 * planned spend against actual spend, revenue, ROI, ROAS and CAC, computed by the
 * analytics module's {@link ReturnRatios} and {@link CustomerEconomics}.
 * <ul>
 * <li>planned spend of a channel in a month = the channel's planned amount in the budget
 * (its top-most lines, as the budget check sums them) ÷ the months of the plan
 * period;</li>
 * <li>actual spend, revenue, new customers: {@link ChannelResults} (the channel's own
 * report, else the plan's bookings on that channel's lines);</li>
 * <li>ROI = (revenue − spend) ÷ spend; ROAS = revenue ÷ spend (shown 1:x); CAC = spend ÷
 * new customers — not defined without spend (or new customers).</li>
 * </ul>
 * Rows: every channel of the plan's budget and every channel that reported in the period.
 */
@Service
@Transactional(readOnly = true)
public class RoiService {

	private final PlanService plans;

	private final MarketingData data;

	private final BudgetCheckService budgetCheck;

	public RoiService(PlanService plans, MarketingData data, BudgetCheckService budgetCheck) {
		this.plans = plans;
		this.data = data;
		this.budgetCheck = budgetCheck;
	}

	/**
	 * The plan's ROI table.
	 * @param channels channel codes to show; empty or null for all
	 */
	public RoiReport roi(long planId, Set<String> channels) {
		return roi(planId, this.plans.get(planId).period(), channels);
	}

	/**
	 * The ROI table of some months of the plan (a quarter of its report): planned spend
	 * per month as for the whole plan, actuals of the given days only.
	 * @param period days inside the plan period
	 * @param channels channel codes to show; empty or null for all
	 */
	public RoiReport roi(long planId, DateRange period, Set<String> channels) {
		Plan plan = this.plans.get(planId);
		BudgetReport budget = this.budgetCheck.check(planId);
		Map<String, BigDecimal> plannedMonthly = new LinkedHashMap<>();
		budget.channels().forEach((total) -> {
			if (total.amount() != null && budget.months() > 0) {
				plannedMonthly.put(total.key(), Money.quotient(total.amount(), BigDecimal.valueOf(budget.months())));
			}
		});
		boolean all = channels == null || channels.isEmpty();
		var actuals = this.data.channelActuals(period, all ? null : channels);
		var lineSpend = this.data.lineSpend(planId, period)
			.stream()
			.filter((spend) -> all || channels.contains(spend.channel()))
			.toList();
		List<ChannelResult> monthly = ChannelResults.byChannelAndMonth(actuals, lineSpend);
		List<ChannelResult> totals = ChannelResults.byChannel(actuals, lineSpend);

		Set<String> shown = new TreeSet<>();
		plannedMonthly.keySet().stream().filter((code) -> all || channels.contains(code)).forEach(shown::add);
		totals.forEach((result) -> shown.add(result.channel()));
		List<YearMonth> months = monthsOf(period);

		List<RoiRow> byMonth = new ArrayList<>();
		for (String channel : shown) {
			for (YearMonth month : months) {
				ChannelResult result = find(monthly, channel, month);
				BigDecimal planned = plannedMonthly.get(channel);
				if (result != null || planned != null) {
					byMonth.add(row(channel, month, planned, result));
				}
			}
		}
		List<RoiRow> byChannel = new ArrayList<>();
		for (String channel : shown) {
			BigDecimal planned = plannedMonthly.containsKey(channel)
					? plannedMonthly.get(channel).multiply(BigDecimal.valueOf(months.size())) : null;
			byChannel.add(row(channel, null, planned, find(totals, channel, null)));
		}
		RoiRow total = total(byChannel);
		return new RoiReport(period, plan.getCurrency(), months.size(), byMonth, byChannel, total);
	}

	private static RoiRow total(List<RoiRow> rows) {
		BigDecimal planned = null;
		BigDecimal spend = null;
		BigDecimal revenue = null;
		Long newCustomers = null;
		Long orders = null;
		for (RoiRow row : rows) {
			planned = add(planned, row.plannedSpend());
			spend = add(spend, row.spend());
			revenue = add(revenue, row.revenue());
			newCustomers = add(newCustomers, row.newCustomers());
			orders = add(orders, row.orders());
		}
		return ratios(null, null, planned, spend, null, revenue, newCustomers, orders);
	}

	private static RoiRow row(String channel, YearMonth month, BigDecimal planned, ChannelResult result) {
		if (result == null) {
			return ratios(channel, month, planned, null, SpendSource.NONE, null, null, null);
		}
		return ratios(channel, month, planned, result.spend(), result.spendSource(), result.revenue(),
				result.newCustomers(), result.orders());
	}

	private static RoiRow ratios(String channel, YearMonth month, BigDecimal planned, BigDecimal spend,
			SpendSource source, BigDecimal revenue, Long newCustomers, Long orders) {
		Figure roi = (spend != null && revenue != null) ? ReturnRatios.roi(revenue, spend)
				: Figure.undefined("needs spend and revenue");
		Figure roas = (spend != null && revenue != null) ? ReturnRatios.roas(revenue, spend)
				: Figure.undefined("needs spend and revenue");
		Figure cac = (spend != null && newCustomers != null)
				? CustomerEconomics.customerAcquisitionCost(spend, newCustomers)
				: Figure.undefined("needs spend and new customers");
		return new RoiRow(channel, month, planned, spend, source, revenue, newCustomers, orders, value(roi),
				value(roas), value(cac));
	}

	private static Double value(Figure figure) {
		return figure.isDefined() ? figure.orElseThrow() : null;
	}

	private static ChannelResult find(List<ChannelResult> results, String channel, YearMonth month) {
		return results.stream()
			.filter((result) -> result.channel().equals(channel)
					&& ((month == null) ? result.month() == null : month.equals(result.month())))
			.findFirst()
			.orElse(null);
	}

	private static List<YearMonth> monthsOf(DateRange period) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(period.start()); !month
			.isAfter(YearMonth.from(period.end())); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	private static BigDecimal add(BigDecimal sum, BigDecimal value) {
		return (value == null) ? sum : (sum == null) ? value : sum.add(value);
	}

	private static Long add(Long sum, Long value) {
		return (value == null) ? sum : (sum == null) ? value : Long.valueOf(sum + value);
	}

	/**
	 * The ROI table of a plan.
	 *
	 * @param months the months of the plan period
	 * @param byMonth one row per channel and month with a plan or actuals
	 * @param byChannel one row per channel over the period
	 * @param total all channels together
	 */
	public record RoiReport(DateRange period, String currency, int months, List<RoiRow> byMonth, List<RoiRow> byChannel,
			RoiRow total) {
	}

	/**
	 * One row; {@code null} where not known or not defined.
	 *
	 * @param channel the channel code, {@code null} for all channels
	 * @param month the month, {@code null} for the whole period
	 * @param plannedSpend the planned spend
	 * @param spend the actual spend
	 * @param spendSource where the actual spend comes from
	 * @param roi (revenue − spend) ÷ spend
	 * @param roas revenue ÷ spend
	 * @param cac spend ÷ new customers
	 */
	public record RoiRow(String channel, YearMonth month, BigDecimal plannedSpend, BigDecimal spend,
			SpendSource spendSource, BigDecimal revenue, Long newCustomers, Long orders, Double roi, Double roas,
			Double cac) {
	}

}
