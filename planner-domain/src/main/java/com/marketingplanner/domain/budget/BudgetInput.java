package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.marketingplanner.domain.shared.DateRange;

/**
 * Everything {@link BudgetCheck} needs about one plan, as plain values (no entities, so
 * the check runs in plain unit tests and outside a transaction).
 *
 * @param title the plan's title, the subject of plan-wide findings
 * @param currency ISO 4217 code every amount is in
 * @param total the plan's total budget, {@code null} when not set
 * @param period the plan's period (for the monthly budget)
 * @param lines the budget lines, any order
 * @param spends the actual spend entries
 * @param rules the allocation rules, in the order they are shown
 * @param channelResults what each channel spent and brought in over the period (revenue
 * actuals), for the ROI and sales-yield floors; empty when nothing is known
 */
public record BudgetInput(String title, String currency, BigDecimal total, DateRange period, List<Line> lines,
		List<Spend> spends, List<Rule> rules, List<ChannelResult> channelResults) {

	public BudgetInput {
		lines = List.copyOf(lines);
		spends = List.copyOf(spends);
		rules = List.copyOf(rules);
		channelResults = List.copyOf(channelResults);
	}

	/**
	 * A budget without revenue actuals: the ROI and sales-yield floors are not
	 * measurable.
	 */
	public BudgetInput(String title, String currency, BigDecimal total, DateRange period, List<Line> lines,
			List<Spend> spends, List<Rule> rules) {
		this(title, currency, total, period, lines, spends, rules, List.of());
	}

	/**
	 * A budget line: a planned amount or a planned percentage of a base, or neither.
	 */
	public record Line(long id, Long parentId, String name, String channelCode, Set<String> tags,
			BigDecimal plannedAmount, BigDecimal plannedPercentage, PercentageBase percentageBase) {

		public Line {
			tags = Set.copyOf(tags);
		}

		boolean isMarketing() {
			return this.channelCode != null || this.tags.contains(BudgetLine.TAG_MARKETING)
					|| this.tags.contains(BudgetLine.TAG_CHANNEL);
		}

	}

	/** An actual spend entry booked on a line. */
	public record Spend(long lineId, LocalDate spentOn, BigDecimal amount) {
	}

	/** An allocation rule; {@code share} is in percent. */
	public record Rule(long id, AllocationRuleKind kind, RuleScope scopeType, String scopeValue, BigDecimal share,
			BigDecimal threshold, PercentageBase base) {
	}

}
