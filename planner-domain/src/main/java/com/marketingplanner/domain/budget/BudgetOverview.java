package com.marketingplanner.domain.budget;

import java.util.List;

import com.marketingplanner.domain.plan.Plan;

/** Everything the budget page shows: the plan, the line tree, the rules and the check. */
public record BudgetOverview(Plan plan, List<BudgetLineNode> tree, List<AllocationRule> rules, BudgetReport report) {
}
