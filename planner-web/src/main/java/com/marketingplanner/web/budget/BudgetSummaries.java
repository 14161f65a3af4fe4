package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.budget.BudgetOverview;
import com.marketingplanner.domain.budget.BudgetReport;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.web.chart.Chart;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The budget at a glance for the plan overview and the portfolio: totals, the check's
 * first findings, and the split and plan-vs-actual charts (one run of the budget check).
 */
@Component
public class BudgetSummaries {

	private static final int SHOWN_WARNINGS = 2;

	private final BudgetService budgets;

	private final ChannelService channels;

	private final BudgetFormat format;

	private final BudgetCharts charts;

	BudgetSummaries(BudgetService budgets, ChannelService channels, BudgetFormat format, BudgetCharts charts) {
		this.budgets = budgets;
		this.channels = channels;
		this.format = format;
		this.charts = charts;
	}

	/** Totals and first findings, with the overview's two charts. */
	public BudgetDashboard dashboard(long planId) {
		BudgetOverview overview = this.budgets.overview(planId);
		BudgetReport report = overview.report();
		Map<String, String> channelNames = new LinkedHashMap<>();
		this.channels.all()
			.forEach((channel) -> channelNames.put(channel.getCode(),
					channel.displayName(LocaleContextHolder.getLocale())));
		return new BudgetDashboard(summary(report),
				this.charts.split("budget-split", report, overview.tree(), channelNames),
				this.charts.planVsActual("budget-plan-vs-actual", report.currency(), overview.tree()));
	}

	private BudgetSummary summary(BudgetReport report) {
		List<String> messages = report.warnings()
			.stream()
			.limit(SHOWN_WARNINGS)
			.map((warning) -> this.format.warning(warning, report.currency()))
			.toList();
		return new BudgetSummary(report.currency(), report.planTotal(), report.allocated(), report.spent(),
				report.spentPercent(), report.isOverAllocated(), report.warnings().size(), messages);
	}

	/**
	 * @param spentPercent spent ÷ plan total in percent, or {@code null} without a total
	 * @param warningCount all findings of the check
	 * @param firstWarnings the first findings, worded in the reader's language
	 */
	public record BudgetSummary(String currency, BigDecimal planTotal, BigDecimal allocated, BigDecimal spent,
			BigDecimal spentPercent, boolean overAllocated, int warningCount, List<String> firstWarnings) {
	}

	/** The summary with the split and plan-vs-actual charts. */
	public record BudgetDashboard(BudgetSummary summary, Chart split, Chart planVsActual) {
	}

}
