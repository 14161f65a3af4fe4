package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * A plan's budget and its scenarios side by side: one column per budget (the plan as it
 * stands first), one row per budget line in tree order, each cell the line's effective
 * amount and its share of that column's total as the budget check computes them.
 *
 * @param currency ISO 4217 code of every amount
 * @param columns the budgets compared
 * @param rows the lines
 */
public record BudgetComparison(String currency, List<Column> columns, List<Row> rows) {

	/**
	 * One budget: the plan's ({@code scenarioId} null) or a scenario's.
	 *
	 * @param scenarioId the scenario, or {@code null} for the plan as it stands
	 * @param name the scenario's name, or {@code null} for the plan
	 * @param status the scenario's status, or {@code null} for the plan
	 * @param total the total the column splits
	 * @param allocated Σ top-level lines
	 * @param unallocated total − allocated (negative: over-allocated), or {@code null}
	 * @param warnings the findings of the budget check on this column
	 */
	public record Column(Long scenarioId, String name, BudgetScenarioStatus status, BigDecimal total,
			BigDecimal allocated, BigDecimal unallocated, List<BudgetWarning> warnings) {
	}

	/**
	 * One line in every column.
	 *
	 * @param lineId the line
	 * @param name its name
	 * @param depth 0 for a top-level line
	 * @param amounts its effective amount per column ({@code null} when not defined)
	 * @param shares its share of the column's total in percent per column
	 */
	public record Row(long lineId, String name, int depth, List<BigDecimal> amounts, List<BigDecimal> shares) {
	}

}
