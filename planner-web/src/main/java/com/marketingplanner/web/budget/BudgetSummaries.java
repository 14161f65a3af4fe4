package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.util.List;

import com.marketingplanner.domain.budget.BudgetCheckService;
import com.marketingplanner.domain.budget.BudgetReport;
import com.marketingplanner.domain.plan.PlanService;

import org.springframework.stereotype.Component;

/**
 * The budget at a glance for the plan overview: totals and the check's first findings.
 */
@Component
public class BudgetSummaries {

	private static final int SHOWN_WARNINGS = 3;

	private final BudgetCheckService checks;

	private final PlanService plans;

	private final BudgetFormat format;

	BudgetSummaries(BudgetCheckService checks, PlanService plans, BudgetFormat format) {
		this.checks = checks;
		this.plans = plans;
		this.format = format;
	}

	public BudgetSummary of(long planId) {
		String currency = this.plans.get(planId).getCurrency();
		BudgetReport report = this.checks.check(planId);
		List<String> messages = report.warnings()
			.stream()
			.limit(SHOWN_WARNINGS)
			.map((warning) -> this.format.warning(warning, currency))
			.toList();
		return new BudgetSummary(currency, report.planTotal(), report.allocated(), report.isOverAllocated(),
				report.warnings().size(), messages);
	}

	/**
	 * @param warningCount all findings of the check
	 * @param firstWarnings the first findings, worded in the reader's language
	 */
	public record BudgetSummary(String currency, BigDecimal planTotal, BigDecimal allocated, boolean overAllocated,
			int warningCount, List<String> firstWarnings) {
	}

}
