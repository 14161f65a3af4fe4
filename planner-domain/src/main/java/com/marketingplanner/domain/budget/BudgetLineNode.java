package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A budget line in the tree, with its figures from the budget check (see
 * {@link BudgetReport.LineFigures}) and its sub-lines in order.
 */
public record BudgetLineNode(long id, Long parentId, int position, String name, String description, String channelCode,
		Long phaseId, Integer quarter, BigDecimal plannedAmount, BigDecimal plannedPercentage,
		PercentageBase percentageBase, Set<String> tags, BigDecimal effectiveAmount, boolean rolledUp,
		BigDecimal shareOfTotal, BigDecimal shareOfParent, BigDecimal spent, long version,
		List<BudgetLineNode> children) {
}
