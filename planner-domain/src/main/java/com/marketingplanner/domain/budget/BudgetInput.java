package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.Money;

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
 * @param budgetPeriods the plan's budget periods in date order (empty: the total is the
 * budget of the whole plan period)
 * @param outsideCosts the costs the plan keeps outside its budget, each over the span the
 * plan total covers
 * @param vendorFees the vendors' fees that have a cap, each over the same span
 */
public record BudgetInput(String title, String currency, BigDecimal total, DateRange period, List<Line> lines,
		List<Spend> spends, List<Rule> rules, List<ChannelResult> channelResults, List<Period> budgetPeriods,
		List<OutsideCost> outsideCosts, List<VendorFee> vendorFees) {

	public BudgetInput {
		lines = List.copyOf(lines);
		spends = List.copyOf(spends);
		rules = List.copyOf(rules);
		channelResults = List.copyOf(channelResults);
		budgetPeriods = List.copyOf(budgetPeriods);
		outsideCosts = List.copyOf(outsideCosts);
		vendorFees = List.copyOf(vendorFees);
	}

	/** A budget without costs outside it and without capped vendor fees. */
	public BudgetInput(String title, String currency, BigDecimal total, DateRange period, List<Line> lines,
			List<Spend> spends, List<Rule> rules, List<ChannelResult> channelResults, List<Period> budgetPeriods) {
		this(title, currency, total, period, lines, spends, rules, channelResults, budgetPeriods, List.of(), List.of());
	}

	/**
	 * A budget without revenue actuals (the ROI and sales-yield floors are not
	 * measurable) and without budget periods (the total is the budget of the whole plan
	 * period).
	 */
	public BudgetInput(String title, String currency, BigDecimal total, DateRange period, List<Line> lines,
			List<Spend> spends, List<Rule> rules) {
		this(title, currency, total, period, lines, spends, rules, List.of(), List.of(), List.of(), List.of());
	}

	/**
	 * A cost the plan keeps outside its budget, over the span the plan total covers;
	 * {@code amount} is {@code null} when the plan does not state enough to know it.
	 */
	public record OutsideCost(String name, BigDecimal amount) {
	}

	/**
	 * A vendor's fee with a cap in percent of the plan total ({@code SAS ≤ 5 %});
	 * {@code fee} is what it costs over the span of the total, {@code null} when not
	 * known.
	 */
	public record VendorFee(String vendor, BigDecimal fee, BigDecimal capShare) {
	}

	/**
	 * A budget period of the plan (a year inside a multi-year plan) and its budget;
	 * {@code amount} is {@code null} when the plan does not state it.
	 */
	public record Period(DateRange range, BigDecimal amount) {

		/**
		 * The budget of one month of the period: amount ÷ the calendar months it touches;
		 * {@code null} when the amount is not stated.
		 */
		public BigDecimal monthlyBudget() {
			return Money.quotient(this.amount,
					BigDecimal.valueOf(BudgetCheck.monthsOf(this.range.start(), this.range.end())));
		}

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

	/**
	 * An allocation rule; {@code share} is in percent; {@code benchmark} what a
	 * {@link AllocationRuleKind#BENCHMARK_RAISE} rule compares (else {@code null}).
	 */
	public record Rule(long id, AllocationRuleKind kind, RuleScope scopeType, String scopeValue, BigDecimal share,
			BigDecimal threshold, PercentageBase base, Benchmark benchmark) {

		/** A share, floor or freeze rule. */
		public Rule(long id, AllocationRuleKind kind, RuleScope scopeType, String scopeValue, BigDecimal share,
				BigDecimal threshold, PercentageBase base) {
			this(id, kind, scopeType, scopeValue, share, threshold, base, null);
		}

	}

	/**
	 * What a benchmark rule compares, its benchmark resolved.
	 *
	 * @param metric the channel figure compared
	 * @param value the benchmark: the rule's value, else the benchmark of its KPI;
	 * {@code null} when the plan does not state it as a number (the rule cannot be
	 * checked)
	 * @param label the benchmark in words for the findings: the rule's text, else its
	 * KPI's name, else {@code null}
	 * @param shareRaise percentage points the share may rise by, {@code null} when not
	 * stated
	 */
	public record Benchmark(ChannelMetric metric, BigDecimal value, String label, BigDecimal shareRaise) {
	}

}
