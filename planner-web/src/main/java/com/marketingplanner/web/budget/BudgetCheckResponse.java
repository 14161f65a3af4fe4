package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.budget.BudgetReport;

/**
 * The budget check of a plan: totals (plan total, allocated, unallocated — negative when
 * over-allocated — and actual spend), the sum and share of every tag and channel, the
 * figures of every line, the state of every rule and the findings. Percentages are in
 * percent; {@code null} means "not defined".
 */
public record BudgetCheckResponse(String currency, BigDecimal planTotal, BigDecimal allocated, BigDecimal unallocated,
		boolean overAllocated, BigDecimal allocatedPercent, BigDecimal spent, BigDecimal spentPercent,
		BigDecimal marketingBudget, BigDecimal monthlyBudget, int months, List<BudgetReport.ScopeTotal> tags,
		List<BudgetReport.ScopeTotal> channels, List<BudgetReport.LineFigures> lines,
		Map<String, BigDecimal> spentByMonth, List<BudgetReport.RuleResult> rules,
		List<BudgetWarningResponse> warnings) {

	static BudgetCheckResponse from(BudgetReport report, BudgetFormat format) {
		Map<String, BigDecimal> byMonth = new LinkedHashMap<>();
		report.spentByMonth().forEach((month, amount) -> byMonth.put(month.toString(), amount));
		return new BudgetCheckResponse(report.currency(), report.planTotal(), report.allocated(), report.unallocated(),
				report.isOverAllocated(), report.allocatedPercent(), report.spent(), report.spentPercent(),
				report.marketingBudget(), report.monthlyBudget(), report.months(), report.tags(), report.channels(),
				List.copyOf(report.lines().values()), byMonth, report.rules(),
				BudgetWarningResponse.from(report.warnings(), report.currency(), format));
	}

}
