package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link BudgetCheck}: totals, per-line and per-scope figures, the
 * evaluation of every rule and the findings. Percentages are in percent with scale 4;
 * {@code null} means "not defined" (e.g. a share of a total that is not set).
 *
 * @param currency ISO 4217 code of every amount
 * @param planTotal the plan's total budget, or {@code null}
 * @param allocated sum of the effective amounts of the top-level lines
 * @param unallocated planTotal − allocated (negative when over-allocated), or
 * {@code null}
 * @param allocatedPercent allocated ÷ planTotal
 * @param spent sum of all actual spend
 * @param spentPercent spent ÷ planTotal
 * @param marketingBudget the {@link PercentageBase#MARKETING} base, or {@code null}
 * @param monthlyBudget the {@link PercentageBase#MONTHLY} base, or {@code null}
 * @param months calendar months the plan period touches
 * @param lines figures per line id
 * @param tags per tag: sum of its top-most lines and share of the total
 * @param channels per channel code: sum of its top-most lines and share of the total
 * @param spentByMonth actual spend per calendar month
 * @param rules the evaluation of each rule, in the rules' order
 * @param warnings the findings, plan-wide first, then per line, then per rule
 */
public record BudgetReport(String currency, BigDecimal planTotal, BigDecimal allocated, BigDecimal unallocated,
		BigDecimal allocatedPercent, BigDecimal spent, BigDecimal spentPercent, BigDecimal marketingBudget,
		BigDecimal monthlyBudget, int months, Map<Long, LineFigures> lines, List<ScopeTotal> tags,
		List<ScopeTotal> channels, Map<YearMonth, BigDecimal> spentByMonth, List<RuleResult> rules,
		List<BudgetWarning> warnings) {

	/** Whether the top-level lines add up to more than the plan total. */
	public boolean isOverAllocated() {
		return this.unallocated != null && this.unallocated.signum() < 0;
	}

	/** The findings with this code. */
	public List<BudgetWarning> warnings(String code) {
		return this.warnings.stream().filter((warning) -> warning.code().equals(code)).toList();
	}

	/** The evaluation of the rule with this id. */
	public RuleResult rule(long ruleId) {
		return this.rules.stream()
			.filter((result) -> result.ruleId() == ruleId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No rule " + ruleId));
	}

	/**
	 * Figures of one line.
	 *
	 * @param lineId the line
	 * @param planned its own planned amount: the amount, or its percentage of its base;
	 * {@code null} when it has neither or the base is not defined
	 * @param effective planned, else the sum of its children's effective amounts, else
	 * {@code null}
	 * @param rolledUp whether effective is the sum of the children
	 * @param shareOfTotal effective ÷ plan total
	 * @param shareOfParent effective ÷ parent's planned amount (top level: plan total)
	 * @param spent actual spend booked on the line and its descendants
	 */
	public record LineFigures(long lineId, BigDecimal planned, BigDecimal effective, boolean rolledUp,
			BigDecimal shareOfTotal, BigDecimal shareOfParent, BigDecimal spent) {
	}

	/** The sum of a tag's or channel's top-most lines and its share of the plan total. */
	public record ScopeTotal(String key, BigDecimal amount, BigDecimal sharePercent) {
	}

	/**
	 * How one rule fares.
	 *
	 * @param scopeAmount the scope's amount (share kinds), the spend of the channel with
	 * the lowest return (floors)
	 * @param baseAmount the base (share kinds), that channel's revenue (floors)
	 * @param actualPercent the scope's share of the base in percent (share kinds); for
	 * the ROI and sales-yield floors the lowest return revenue ÷ spend of the scope's
	 * channels (a ratio, not a percentage); for a benchmark rule the best value of its
	 * metric among the scope's channels (in the metric's unit); else {@code null}
	 * @param targetPercent the rule's share (share kinds) or threshold (floors), the
	 * benchmark (benchmark rules), else {@code null}
	 */
	public record RuleResult(long ruleId, AllocationRuleKind kind, RuleScope scopeType, String scopeValue,
			RuleStatus status, BigDecimal scopeAmount, BigDecimal baseAmount, BigDecimal actualPercent,
			BigDecimal targetPercent) {
	}

	/** The outcome of a rule. */
	public enum RuleStatus {

		/** The numbers satisfy the rule. */
		PASSED,
		/** The numbers break the rule (a warning says how). */
		VIOLATED,
		/**
		 * The rule needs revenue actuals that are not there yet (ROI and sales-yield
		 * floors without a channel that reported spend and revenue).
		 */
		NOT_MEASURABLE,
		/**
		 * The rule cannot be evaluated: its base or its scope is not defined, or (a
		 * benchmark rule) its benchmark is not stated as a number.
		 */
		NOT_EVALUABLE,
		/**
		 * A benchmark rule: at least one channel beats the benchmark, so its share may
		 * rise.
		 */
		BENCHMARK_BEATEN,
		/** A benchmark rule: no channel beats the benchmark. */
		BENCHMARK_NOT_BEATEN

	}

}
