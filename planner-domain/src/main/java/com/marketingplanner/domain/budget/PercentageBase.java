package com.marketingplanner.domain.budget;

/**
 * What a planned percentage (of a budget line) or a share (of an allocation rule) is a
 * percentage of. The bases are resolved by {@link BudgetCheck}:
 * <ul>
 * <li>{@code TOTAL}: the plan's total budget.</li>
 * <li>{@code PARENT}: the parent line's own planned amount (its amount, or its percentage
 * of its own base); for a top-level line the parent is the plan, so it means
 * {@code TOTAL}. For a rule it is allowed only with a {@code LINE} scope.</li>
 * <li>{@code MARKETING}: the marketing budget = the sum of the effective amounts of the
 * top-most lines that are tagged {@code marketing} or {@code channel} or are assigned to
 * a channel (a line counts once, even when its ancestors or descendants qualify too).
 * Lines whose own percentage is of the {@code MARKETING} base never count into it.</li>
 * <li>{@code MONTHLY}: the monthly budget = plan total ÷ number of calendar months the
 * plan period touches (2026-01-01..2026-12-31 → 12). A line planned as a percentage of it
 * is a one-month amount; a rule with this base compares the scope's amount per month
 * (scope amount ÷ months) with the monthly budget.</li>
 * <li>{@code UNSTATED}: the source gives the percentage without saying of what (004:
 * "抖音/小紅書 投放 45%", base not stated). The percentage is kept as stated; no amount follows
 * from it and the check says so.</li>
 * </ul>
 */
public enum PercentageBase {

	TOTAL, PARENT, MARKETING, MONTHLY, UNSTATED

}
