package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.marketingplanner.analytics.guardrail.Guardrails;
import com.marketingplanner.domain.budget.BudgetInput.Line;
import com.marketingplanner.domain.budget.BudgetInput.Rule;
import com.marketingplanner.domain.budget.BudgetInput.Spend;
import com.marketingplanner.domain.budget.BudgetReport.LineFigures;
import com.marketingplanner.domain.budget.BudgetReport.RuleResult;
import com.marketingplanner.domain.budget.BudgetReport.RuleStatus;
import com.marketingplanner.domain.budget.BudgetReport.ScopeTotal;
import com.marketingplanner.domain.budget.BudgetWarning.SubjectType;
import com.marketingplanner.domain.shared.Money;
import com.marketingplanner.domain.shared.Percentage;
import com.marketingplanner.domain.shared.Ratio;

/**
 * The budget check: computes every line's effective amount, the totals and shares, and
 * reports over/under-allocation and every broken allocation rule as {@link BudgetWarning
 * findings}. It never refuses anything; it is pure computation over a
 * {@link BudgetInput}.
 *
 * <h2>Amounts</h2>
 * <ul>
 * <li><b>Planned amount</b> of a line: its amount, else its percentage × its base
 * ({@link PercentageBase}), rounded half-up to cents; undefined when it has neither or
 * when the base is undefined.</li>
 * <li><b>Effective amount</b>: the planned amount, else (a category without its own
 * figure) the sum of its children's effective amounts.</li>
 * <li><b>Allocated</b> = Σ effective amounts of the top-level lines; <b>unallocated</b> =
 * plan total − allocated (negative: over-allocated).</li>
 * <li>The sum of a <b>tag</b> or <b>channel</b> counts its top-most lines only (a tagged
 * category and its tagged items are not counted twice). Share = sum ÷ base × 100.</li>
 * </ul>
 *
 * <h2>Findings (code → severity)</h2>
 * <ul>
 * <li>{@code over-allocated} (WARNING) / {@code under-allocated} (INFO): allocated vs
 * plan total; {@code total-missing} (INFO) when the plan has no total.</li>
 * <li>{@code percentages-not-100} (WARNING): two or more sibling lines are given as
 * percentages of their level's base (TOTAL/PARENT at top level, PARENT below) and these
 * percentages do not sum to exactly 100.</li>
 * <li>{@code children-exceed-parent} (WARNING) / {@code children-below-parent} (INFO):
 * the children's effective amounts vs the parent's planned amount.</li>
 * <li>{@code line-unplanned} (WARNING): a leaf line with neither amount nor percentage;
 * {@code line-base-undefined} (WARNING): a percentage whose base is not defined;
 * {@code line-base-unstated} (WARNING): a percentage the source gives without its base;
 * {@code line-amount-share-differs} (WARNING): a line stated both as an amount and as a
 * percentage whose share of its base is another amount.</li>
 * <li>{@code spend-over-plan} / {@code spend-without-plan} (WARNING): actual spend of a
 * line (with its descendants) above its effective amount, or on a line without one.</li>
 * <li>Rules: {@code rule-min-share}, {@code rule-max-share}, {@code rule-fixed-share}
 * (tolerance ± {@value #FIXED_TOLERANCE_TEXT} percentage points),
 * {@code rule-reserve-below}, {@code rule-channel-cap}, {@code rule-overspend-freeze}
 * (per calendar month: spend in the scope vs the scope's share of that month's budget —
 * the plan total ÷ months, or with budget periods the period's budget ÷ its months — over
 * by more than the threshold percent), {@code rule-roi-floor} and
 * {@code rule-sales-yield-floor} (revenue ÷ spend of a channel over the period below the
 * threshold, from the revenue actuals in {@link BudgetInput#channelResults()}) — all
 * WARNING; the caps, the overspend and the floors are the analytics module's
 * {@link Guardrails} formulas, compared exactly; {@code rule-not-measurable} (INFO) for
 * ROI and sales-yield floors none of whose channels has both spend and revenue;
 * {@code rule-base-undefined} and {@code rule-scope-missing} (WARNING) when a rule cannot
 * be evaluated; benchmark rules ({@link AllocationRuleKind#BENCHMARK_RAISE}):
 * {@code rule-benchmark-beaten} / {@code rule-benchmark-beaten-raise} per channel whose
 * metric beats the benchmark, {@code rule-benchmark-missing} (the benchmark is not stated
 * as a number: cannot be checked) and {@code rule-benchmark-not-measurable} — all
 * INFO.</li>
 * <li>Costs outside the budget ({@link BudgetInput#outsideCosts()}, each over the span
 * the plan total covers): {@code off-budget-costs} (INFO) names them and their sum (share
 * of the total); {@code off-budget-unknown} (INFO) names those whose amount is not known
 * (not counted); {@code off-budget-over-total} (WARNING) when the allocated lines plus
 * the costs outside exceed the plan total, which the plan states as its ceiling.</li>
 * <li>Vendor fees with a cap ({@link BudgetInput#vendorFees()}):
 * {@code vendor-fee-over-cap} (WARNING) when the fee is above cap % × plan total;
 * {@code vendor-fee-cap-not-measurable} (INFO) when the fee or the total is not
 * known.</li>
 * </ul>
 */
public final class BudgetCheck {

	static final String FIXED_TOLERANCE_TEXT = "0.05";

	private static final BigDecimal FIXED_TOLERANCE = new BigDecimal(FIXED_TOLERANCE_TEXT);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final BudgetInput input;

	private final Map<Long, Line> byId = new LinkedHashMap<>();

	private final Map<Long, List<Line>> childrenOf = new LinkedHashMap<>();

	private final List<Line> roots = new ArrayList<>();

	private final int months;

	private final BigDecimal monthly;

	private boolean marketingComputed;

	private BigDecimal marketing;

	private final List<BudgetWarning> planWarnings = new ArrayList<>();

	private final List<BudgetWarning> lineWarnings = new ArrayList<>();

	private final List<BudgetWarning> ruleWarnings = new ArrayList<>();

	private BudgetCheck(BudgetInput input) {
		this.input = input;
		input.lines().forEach((line) -> this.byId.put(line.id(), line));
		for (Line line : input.lines()) {
			if (line.parentId() != null && this.byId.containsKey(line.parentId())) {
				this.childrenOf.computeIfAbsent(line.parentId(), (key) -> new ArrayList<>()).add(line);
			}
			else {
				this.roots.add(line);
			}
		}
		this.months = (input.period() != null) ? monthsOf(input.period().start(), input.period().end()) : 0;
		this.monthly = input.budgetPeriods().isEmpty() ? monthlyOfWholePlan()
				: monthlyBudget(YearMonth.from(input.budgetPeriods().get(0).range().start()));
	}

	/**
	 * Every finding code the check can report, each with its English text (the web
	 * bundles must hold the same codes under {@code budget.warning.<code>}).
	 */
	public static Map<String, String> findingCodes() {
		return EnglishMessages.all();
	}

	/** Checks the budget of one plan. */
	public static BudgetReport run(BudgetInput input) {
		return new BudgetCheck(input).report();
	}

	private BudgetReport report() {
		BigDecimal total = this.input.total();
		BigDecimal allocated = sum(this.roots.stream().map((line) -> effective(line, false)).toList());
		BigDecimal unallocated = (total != null) ? total.subtract(allocated) : null;
		checkAllocation(total, allocated);
		checkOutsideCosts(total, allocated);
		checkVendorFees(total);
		checkPercentageLevel(null, this.roots);
		Map<Long, LineFigures> figures = new LinkedHashMap<>();
		walk(this.roots, figures);
		List<RuleResult> ruleResults = this.input.rules().stream().map(this::evaluate).toList();
		BigDecimal spent = sum(this.input.spends().stream().map(Spend::amount).toList());
		List<BudgetWarning> warnings = new ArrayList<>(this.planWarnings);
		warnings.addAll(this.lineWarnings);
		warnings.addAll(this.ruleWarnings);
		return new BudgetReport(this.input.currency(), total, allocated, unallocated, percent(allocated, total), spent,
				percent(spent, total), marketing(), this.monthly, this.months, figures, scopeTotals(true),
				scopeTotals(false), spentByMonth((line) -> true), ruleResults, warnings);
	}

	// --- amounts ---------------------------------------------------------------

	private BigDecimal monthlyOfWholePlan() {
		return (this.input.total() != null && this.months > 0)
				? Money.quotient(this.input.total(), BigDecimal.valueOf(this.months)) : null;
	}

	/**
	 * The budget of one calendar month: the amount of the budget period it falls in ÷
	 * that period's months (002: 500万 for the first year ÷ 12 = 41.7万); without budget
	 * periods, the plan total ÷ the plan's months. {@code null} when the month lies in no
	 * period or its period states no amount.
	 */
	private BigDecimal monthlyBudget(YearMonth month) {
		if (this.input.budgetPeriods().isEmpty()) {
			return this.monthly;
		}
		for (BudgetInput.Period period : this.input.budgetPeriods()) {
			YearMonth first = YearMonth.from(period.range().start());
			YearMonth last = YearMonth.from(period.range().end());
			if (!month.isBefore(first) && !month.isAfter(last)) {
				return period.monthlyBudget();
			}
		}
		return null;
	}

	/**
	 * What an amount planned as a share of the plan total is worth in one month whose
	 * budget is {@code monthBudget}: amount × monthBudget ÷ total (without budget periods
	 * simply amount ÷ months).
	 */
	private BigDecimal perMonth(BigDecimal amount, BigDecimal monthBudget) {
		if (amount == null || monthBudget == null) {
			return null;
		}
		BigDecimal total = this.input.total();
		if (this.input.budgetPeriods().isEmpty() || total == null || total.signum() == 0) {
			return (this.months > 0) ? Money.quotient(amount, BigDecimal.valueOf(this.months)) : null;
		}
		return Money.quotient(amount.multiply(monthBudget), total);
	}

	/**
	 * The line's own planned amount. {@code forMarketing}: computing the marketing base
	 * itself, so MARKETING-based lines are undefined (they cannot be part of their own
	 * base).
	 */
	private BigDecimal planned(Line line, boolean forMarketing) {
		if (line.plannedAmount() != null) {
			return Money.rounded(line.plannedAmount());
		}
		if (line.plannedPercentage() == null) {
			return null;
		}
		BigDecimal base = lineBase(line, forMarketing);
		return (base != null) ? share(line.plannedPercentage(), base) : null;
	}

	private BigDecimal lineBase(Line line, boolean forMarketing) {
		PercentageBase base = (line.percentageBase() != null) ? line.percentageBase() : PercentageBase.TOTAL;
		return switch (base) {
			case TOTAL -> this.input.total();
			case PARENT -> {
				Line parent = parent(line);
				yield (parent != null) ? planned(parent, forMarketing) : this.input.total();
			}
			case MONTHLY -> this.monthly;
			case MARKETING -> forMarketing ? null : marketing();
			case UNSTATED -> null;
		};
	}

	private BigDecimal effective(Line line, boolean forMarketing) {
		BigDecimal planned = planned(line, forMarketing);
		if (planned != null || hasOwnPlan(line)) {
			return planned;
		}
		List<BigDecimal> children = children(line).stream().map((child) -> effective(child, forMarketing)).toList();
		return children.stream().allMatch(Objects::isNull) ? null : sum(children);
	}

	private BigDecimal marketing() {
		if (!this.marketingComputed) {
			this.marketingComputed = true;
			List<Line> marketingLines = topMost(Line::isMarketing);
			this.marketing = marketingLines.isEmpty() ? null
					: sum(marketingLines.stream().map((line) -> effective(line, true)).toList());
		}
		return this.marketing;
	}

	private BigDecimal spentOn(Line line) {
		BigDecimal own = sum(this.input.spends()
			.stream()
			.filter((spend) -> spend.lineId() == line.id())
			.map(Spend::amount)
			.toList());
		return own.add(sum(children(line).stream().map(this::spentOn).toList()));
	}

	// --- plan-wide and per-line checks --------------------------------------------

	private void checkAllocation(BigDecimal total, BigDecimal allocated) {
		if (total == null) {
			this.planWarnings.add(warning("total-missing", WarningSeverity.INFO, SubjectType.PLAN, null,
					this.input.title(), null, List.of(BudgetFigure.amount("allocated", allocated))));
			return;
		}
		int comparison = allocated.compareTo(total);
		if (comparison > 0) {
			BigDecimal over = allocated.subtract(total);
			this.planWarnings.add(
					warning("over-allocated", WarningSeverity.WARNING, SubjectType.PLAN, null, this.input.title(), null,
							List.of(BudgetFigure.amount("over", over),
									BudgetFigure.percent("overPercent", percent(over, total)),
									BudgetFigure.amount("allocated", allocated), BudgetFigure.amount("total", total))));
		}
		else if (comparison < 0) {
			BigDecimal rest = total.subtract(allocated);
			this.planWarnings
				.add(warning("under-allocated", WarningSeverity.INFO, SubjectType.PLAN, null, this.input.title(), null,
						List.of(BudgetFigure.amount("unallocated", rest),
								BudgetFigure.percent("unallocatedPercent", percent(rest, total)),
								BudgetFigure.amount("allocated", allocated), BudgetFigure.amount("total", total))));
		}
	}

	private void checkOutsideCosts(BigDecimal total, BigDecimal allocated) {
		List<BudgetInput.OutsideCost> costs = this.input.outsideCosts();
		List<BudgetInput.OutsideCost> known = costs.stream().filter((cost) -> cost.amount() != null).toList();
		List<BudgetInput.OutsideCost> unknown = costs.stream().filter((cost) -> cost.amount() == null).toList();
		if (!known.isEmpty()) {
			BigDecimal outside = sum(known.stream().map(BudgetInput.OutsideCost::amount).toList());
			this.planWarnings.add(warning("off-budget-costs", WarningSeverity.INFO, SubjectType.PLAN, null,
					this.input.title(), names(known), List.of(BudgetFigure.amount("outside", outside),
							BudgetFigure.percent("outsidePercent", percent(outside, total)))));
			BigDecimal allIn = allocated.add(outside);
			if (total != null && allIn.compareTo(total) > 0) {
				BigDecimal over = allIn.subtract(total);
				this.planWarnings.add(warning("off-budget-over-total", WarningSeverity.WARNING, SubjectType.PLAN, null,
						this.input.title(), names(known),
						List.of(BudgetFigure.amount("allIn", allIn), BudgetFigure.amount("allocated", allocated),
								BudgetFigure.amount("outside", outside), BudgetFigure.amount("over", over),
								BudgetFigure.amount("total", total),
								BudgetFigure.percent("overPercent", percent(over, total)))));
			}
		}
		if (!unknown.isEmpty()) {
			this.planWarnings.add(warning("off-budget-unknown", WarningSeverity.INFO, SubjectType.PLAN, null,
					this.input.title(), names(unknown), List.of()));
		}
	}

	private static String names(List<BudgetInput.OutsideCost> costs) {
		return String.join(", ", costs.stream().map(BudgetInput.OutsideCost::name).toList());
	}

	private void checkVendorFees(BigDecimal total) {
		for (BudgetInput.VendorFee fee : this.input.vendorFees()) {
			BigDecimal cap = (total != null) ? share(fee.capShare(), total) : null;
			if (fee.fee() == null || cap == null) {
				this.planWarnings.add(warning("vendor-fee-cap-not-measurable", WarningSeverity.INFO, SubjectType.PLAN,
						null, fee.vendor(), null, List.of(BudgetFigure.percent("capShare", fee.capShare()))));
			}
			else if (fee.fee().compareTo(cap) > 0) {
				this.planWarnings.add(warning("vendor-fee-over-cap", WarningSeverity.WARNING, SubjectType.PLAN, null,
						fee.vendor(), null,
						List.of(BudgetFigure.amount("fee", fee.fee()),
								BudgetFigure.percent("share", percent(fee.fee(), total)),
								BudgetFigure.percent("capShare", fee.capShare()), BudgetFigure.amount("cap", cap))));
			}
		}
	}

	private void checkPercentageLevel(Line parent, List<Line> siblings) {
		List<Line> percentages = siblings.stream()
			.filter((line) -> line.plannedPercentage() != null)
			.filter((line) -> line.percentageBase() == PercentageBase.PARENT || (parent == null
					&& (line.percentageBase() == null || line.percentageBase() == PercentageBase.TOTAL)))
			.toList();
		if (percentages.size() < 2) {
			return;
		}
		BigDecimal sum = sum(percentages.stream().map(Line::plannedPercentage).toList());
		if (sum.compareTo(HUNDRED) != 0) {
			List<BudgetWarning> target = (parent != null) ? this.lineWarnings : this.planWarnings;
			target.add(warning("percentages-not-100", WarningSeverity.WARNING,
					(parent != null) ? SubjectType.LINE : SubjectType.PLAN, (parent != null) ? parent.id() : null,
					(parent != null) ? parent.name() : this.input.title(), null,
					List.of(BudgetFigure.percent("sum", sum))));
		}
	}

	private void walk(List<Line> lines, Map<Long, LineFigures> figures) {
		for (Line line : lines) {
			BigDecimal planned = planned(line, false);
			BigDecimal effective = effective(line, false);
			BigDecimal spent = spentOn(line);
			Line parent = parent(line);
			BigDecimal parentBase = (parent != null) ? planned(parent, false) : this.input.total();
			figures.put(line.id(), new LineFigures(line.id(), planned, effective, planned == null && effective != null,
					percent(effective, this.input.total()), percent(effective, parentBase), spent));
			checkLine(line, planned, effective, spent);
			checkPercentageLevel(line, children(line));
			walk(children(line), figures);
		}
	}

	private void checkLine(Line line, BigDecimal planned, BigDecimal effective, BigDecimal spent) {
		List<Line> children = children(line);
		if (!hasOwnPlan(line) && children.isEmpty()) {
			this.lineWarnings.add(lineWarning("line-unplanned", WarningSeverity.WARNING, line, null, List.of()));
		}
		if (line.plannedPercentage() != null && line.percentageBase() == PercentageBase.UNSTATED) {
			this.lineWarnings.add(lineWarning("line-base-unstated", WarningSeverity.WARNING, line, null,
					List.of(BudgetFigure.percent("percentage", line.plannedPercentage()))));
		}
		else if (line.plannedAmount() == null && line.plannedPercentage() != null && planned == null) {
			PercentageBase base = (line.percentageBase() != null) ? line.percentageBase() : PercentageBase.TOTAL;
			this.lineWarnings
				.add(lineWarning("line-base-undefined", WarningSeverity.WARNING, line, base.name(), List.of()));
		}
		else if (line.plannedAmount() != null && line.plannedPercentage() != null) {
			BigDecimal base = lineBase(line, false);
			BigDecimal stated = (base != null) ? share(line.plannedPercentage(), base) : null;
			if (stated != null && stated.compareTo(Money.rounded(line.plannedAmount())) != 0) {
				this.lineWarnings.add(lineWarning("line-amount-share-differs", WarningSeverity.WARNING, line,
						line.percentageBase().name(),
						List.of(BudgetFigure.amount("amount", line.plannedAmount()),
								BudgetFigure.percent("percentage", line.plannedPercentage()),
								BudgetFigure.amount("stated", stated))));
			}
		}
		if (planned != null && !children.isEmpty()) {
			List<BigDecimal> amounts = children.stream().map((child) -> effective(child, false)).toList();
			if (!amounts.stream().allMatch(Objects::isNull)) {
				BigDecimal childSum = sum(amounts);
				int comparison = childSum.compareTo(planned);
				if (comparison > 0) {
					BigDecimal excess = childSum.subtract(planned);
					this.lineWarnings.add(lineWarning("children-exceed-parent", WarningSeverity.WARNING, line, null,
							List.of(BudgetFigure.amount("children", childSum), BudgetFigure.amount("planned", planned),
									BudgetFigure.amount("excess", excess),
									BudgetFigure.percent("excessPercent", percent(excess, planned)))));
				}
				else if (comparison < 0) {
					this.lineWarnings.add(lineWarning("children-below-parent", WarningSeverity.INFO, line, null,
							List.of(BudgetFigure.amount("children", childSum), BudgetFigure.amount("planned", planned),
									BudgetFigure.amount("remaining", planned.subtract(childSum)))));
				}
			}
		}
		if (spent.signum() > 0) {
			if (effective == null || effective.signum() == 0) {
				this.lineWarnings.add(lineWarning("spend-without-plan", WarningSeverity.WARNING, line, null,
						List.of(BudgetFigure.amount("spent", spent))));
			}
			else if (spent.compareTo(effective) > 0) {
				BigDecimal over = spent.subtract(effective);
				this.lineWarnings.add(lineWarning("spend-over-plan", WarningSeverity.WARNING, line, null,
						List.of(BudgetFigure.amount("spent", spent), BudgetFigure.amount("planned", effective),
								BudgetFigure.amount("over", over),
								BudgetFigure.percent("overPercent", percent(over, effective)))));
			}
		}
	}

	// --- rules -----------------------------------------------------------------

	private RuleResult evaluate(Rule rule) {
		if (rule.kind() == AllocationRuleKind.BENCHMARK_RAISE) {
			return evaluateBenchmark(rule);
		}
		if (rule.kind() == AllocationRuleKind.ROI_FLOOR || rule.kind() == AllocationRuleKind.SALES_YIELD_FLOOR) {
			return evaluateReturnFloor(rule);
		}
		if (rule.kind() == AllocationRuleKind.CHANNEL_CAP && rule.scopeType() == RuleScope.PLAN) {
			return evaluateEachChannelCap(rule);
		}
		Predicate<Line> scope = scopePredicate(rule);
		if (scope == null) {
			this.ruleWarnings.add(warning("rule-scope-missing", WarningSeverity.WARNING, SubjectType.RULE, rule.id(),
					scopeLabel(rule), rule.kind().name(), List.of()));
			return result(rule, RuleStatus.NOT_EVALUABLE, null, null, null);
		}
		if (rule.kind() == AllocationRuleKind.OVERSPEND_FREEZE) {
			return evaluateFreeze(rule, scope);
		}
		return evaluateShare(rule, scope);
	}

	private RuleResult evaluateShare(Rule rule, Predicate<Line> scope) {
		PercentageBase baseKind = (rule.base() != null) ? rule.base() : PercentageBase.TOTAL;
		BigDecimal base = ruleBase(rule, baseKind);
		if (base == null || base.signum() == 0) {
			this.ruleWarnings.add(warning("rule-base-undefined", WarningSeverity.WARNING, SubjectType.RULE, rule.id(),
					scopeLabel(rule), baseKind.name(), List.of()));
			return result(rule, RuleStatus.NOT_EVALUABLE, null, base, null);
		}
		BigDecimal amount = (rule.scopeType() == RuleScope.PLAN && rule.kind() != AllocationRuleKind.RESERVE)
				? sum(this.roots.stream().map((line) -> effective(line, false)).toList()) : scopeSum(scope);
		if (baseKind == PercentageBase.MONTHLY) {
			amount = perMonth(amount, this.monthly);
		}
		BigDecimal actual = percent(amount, base);
		BigDecimal target = (rule.share() != null) ? rule.share() : BigDecimal.ZERO;
		boolean violated = switch (rule.kind()) {
			case MIN_SHARE, RESERVE -> actual.compareTo(target) < 0;
			case MAX_SHARE, CHANNEL_CAP -> Guardrails.isShareAboveCap(amount, base, fraction(target));
			case FIXED_SHARE -> actual.subtract(target).abs().compareTo(FIXED_TOLERANCE) > 0;
			default -> throw new IllegalStateException("Not a share rule: " + rule.kind());
		};
		if (violated) {
			String code = switch (rule.kind()) {
				case MIN_SHARE -> "rule-min-share";
				case MAX_SHARE -> "rule-max-share";
				case FIXED_SHARE -> "rule-fixed-share";
				case RESERVE -> "rule-reserve-below";
				default -> "rule-channel-cap";
			};
			this.ruleWarnings.add(warning(code, WarningSeverity.WARNING, SubjectType.RULE, rule.id(), scopeLabel(rule),
					baseKind.name(),
					List.of(BudgetFigure.percent("share", actual), BudgetFigure.percent("target", target),
							BudgetFigure.amount("amount", amount), BudgetFigure.amount("base", base))));
		}
		if (baseKind == PercentageBase.MONTHLY && isUpperBound(rule.kind())
				&& monthlySpendAbove(rule, scopeLabel(rule), scope, target)) {
			violated = true;
		}
		return new RuleResult(rule.id(), rule.kind(), rule.scopeType(), rule.scopeValue(),
				violated ? RuleStatus.VIOLATED : RuleStatus.PASSED, amount, base, actual, target);
	}

	private static boolean isUpperBound(AllocationRuleKind kind) {
		return kind == AllocationRuleKind.MAX_SHARE || kind == AllocationRuleKind.CHANNEL_CAP;
	}

	/**
	 * An upper share of the monthly budget also bounds what is actually spent in each
	 * month: reports every month whose spend in the scope exceeds it.
	 */
	private boolean monthlySpendAbove(Rule rule, String subject, Predicate<Line> scope, BigDecimal target) {
		boolean above = false;
		for (Map.Entry<YearMonth, BigDecimal> month : spentByMonth(scope).entrySet()) {
			BigDecimal monthBudget = monthlyBudget(month.getKey());
			if (monthBudget == null || monthBudget.signum() == 0) {
				continue;
			}
			BigDecimal share = percent(month.getValue(), monthBudget);
			if (Guardrails.isShareAboveCap(month.getValue(), monthBudget, fraction(target))) {
				above = true;
				this.ruleWarnings.add(warning("rule-month-spend-above-share", WarningSeverity.WARNING, SubjectType.RULE,
						rule.id(), subject, month.getKey().toString(),
						List.of(BudgetFigure.percent("share", share), BudgetFigure.percent("target", target),
								BudgetFigure.amount("spent", month.getValue()),
								BudgetFigure.amount("base", monthBudget))));
			}
		}
		return above;
	}

	/**
	 * A channel cap for the whole plan caps every channel of the plan's lines that has no
	 * channel cap of its own; each channel above it is a finding. The result carries the
	 * highest share found.
	 */
	private RuleResult evaluateEachChannelCap(Rule rule) {
		PercentageBase baseKind = (rule.base() != null) ? rule.base() : PercentageBase.TOTAL;
		BigDecimal base = ruleBase(rule, baseKind);
		if (base == null || base.signum() == 0) {
			this.ruleWarnings.add(warning("rule-base-undefined", WarningSeverity.WARNING, SubjectType.RULE, rule.id(),
					scopeLabel(rule), baseKind.name(), List.of()));
			return result(rule, RuleStatus.NOT_EVALUABLE, null, base, null);
		}
		Set<String> ownCaps = new HashSet<>();
		this.input.rules()
			.stream()
			.filter((other) -> other.kind() == AllocationRuleKind.CHANNEL_CAP && other.scopeType() == RuleScope.CHANNEL)
			.forEach((other) -> ownCaps.add(other.scopeValue()));
		Set<String> channels = new TreeSet<>();
		this.input.lines()
			.stream()
			.map(Line::channelCode)
			.filter(Objects::nonNull)
			.filter((code) -> !ownCaps.contains(code))
			.forEach(channels::add);
		BigDecimal target = (rule.share() != null) ? rule.share() : BigDecimal.ZERO;
		boolean violated = false;
		BigDecimal highest = null;
		BigDecimal highestAmount = null;
		for (String code : channels) {
			BigDecimal amount = scopeSum((line) -> code.equals(line.channelCode()));
			if (baseKind == PercentageBase.MONTHLY) {
				amount = perMonth(amount, this.monthly);
			}
			BigDecimal actual = percent(amount, base);
			if (highest == null || actual.compareTo(highest) > 0) {
				highest = actual;
				highestAmount = amount;
			}
			if (Guardrails.isShareAboveCap(amount, base, fraction(target))) {
				violated = true;
				this.ruleWarnings.add(warning("rule-channel-cap", WarningSeverity.WARNING, SubjectType.RULE, rule.id(),
						code, baseKind.name(),
						List.of(BudgetFigure.percent("share", actual), BudgetFigure.percent("target", target),
								BudgetFigure.amount("amount", amount), BudgetFigure.amount("base", base))));
			}
			if (baseKind == PercentageBase.MONTHLY
					&& monthlySpendAbove(rule, code, (line) -> code.equals(line.channelCode()), target)) {
				violated = true;
			}
		}
		return new RuleResult(rule.id(), rule.kind(), rule.scopeType(), rule.scopeValue(),
				violated ? RuleStatus.VIOLATED : RuleStatus.PASSED, highestAmount, base, highest, target);
	}

	/**
	 * An ROI or sales-yield floor: revenue ÷ spend of every channel in the scope over the
	 * period ({@link Guardrails#isBelowReturnFloor}), the channel's spend and revenue as
	 * {@link ChannelResults} adds them up. A PLAN scope covers every channel of the
	 * plan's lines without a floor of the same kind of its own; a TAG or LINE scope the
	 * channels of the lines in it. Channels without spend or revenue are not measurable;
	 * the rule is not measurable when none of its channels is. The result carries the
	 * lowest return found (amount = its spend, base = its revenue).
	 */
	private RuleResult evaluateReturnFloor(Rule rule) {
		BigDecimal threshold = (rule.threshold() != null) ? rule.threshold() : BigDecimal.ZERO;
		Set<String> channels = floorChannels(rule);
		String code = (rule.kind() == AllocationRuleKind.ROI_FLOOR) ? "rule-roi-floor" : "rule-sales-yield-floor";
		boolean violated = false;
		ChannelResult lowest = null;
		BigDecimal lowestReturn = null;
		for (ChannelResult result : this.input.channelResults()) {
			if (result.month() != null || !channels.contains(result.channel()) || result.spend() == null
					|| result.revenue() == null) {
				continue;
			}
			BigDecimal ratio = Guardrails.returnOnSpend(result.spend(), result.revenue()).orElse(null);
			if (ratio == null) {
				continue;
			}
			if (lowestReturn == null || ratio.compareTo(lowestReturn) < 0) {
				lowest = result;
				lowestReturn = ratio;
			}
			if (Guardrails.isBelowReturnFloor(result.spend(), result.revenue(), threshold)) {
				violated = true;
				this.ruleWarnings.add(warning(code, WarningSeverity.WARNING, SubjectType.RULE, rule.id(),
						result.channel(), rule.kind().name(),
						List.of(BudgetFigure.ratio("return", Ratio.statedBelow(ratio)),
								BudgetFigure.ratio("threshold", threshold),
								BudgetFigure.amount("revenue", result.revenue()),
								BudgetFigure.amount("spend", result.spend()))));
			}
		}
		if (lowest == null) {
			this.ruleWarnings.add(warning("rule-not-measurable", WarningSeverity.INFO, SubjectType.RULE, rule.id(),
					scopeLabel(rule), rule.kind().name(), List.of(BudgetFigure.ratio("threshold", rule.threshold()))));
			return result(rule, RuleStatus.NOT_MEASURABLE, null, null, null);
		}
		return new RuleResult(rule.id(), rule.kind(), rule.scopeType(), rule.scopeValue(),
				violated ? RuleStatus.VIOLATED : RuleStatus.PASSED, lowest.spend(), lowest.revenue(), lowestReturn,
				threshold);
	}

	/**
	 * A benchmark rule (002: a channel whose LTV is above the industry average may get a
	 * larger share): each channel of the scope — one channel, or with a PLAN scope every
	 * channel of the plan's lines — whose {@link ChannelMetric metric} over the period,
	 * from {@link BudgetInput#channelResults()}, beats the benchmark may get more; each
	 * is an INFO finding {@code rule-benchmark-beaten} (with the allowed raise when
	 * stated: {@code rule-benchmark-beaten-raise}). A benchmark not stated as a number:
	 * {@code rule-benchmark-missing} (INFO, not evaluable). No channel with the figures
	 * the metric needs: {@code rule-benchmark-not-measurable} (INFO). The result carries
	 * the best value found and the benchmark.
	 */
	private RuleResult evaluateBenchmark(Rule rule) {
		BudgetInput.Benchmark benchmark = rule.benchmark();
		if (benchmark == null || benchmark.metric() == null) {
			this.ruleWarnings.add(warning("rule-benchmark-missing", WarningSeverity.INFO, SubjectType.RULE, rule.id(),
					scopeLabel(rule), "—", List.of()));
			return result(rule, RuleStatus.NOT_EVALUABLE, null, null, null);
		}
		ChannelMetric metric = benchmark.metric();
		String comparison = metric.abbreviation() + " " + metric.beatsSymbol() + " "
				+ ((benchmark.label() != null) ? benchmark.label() : "—");
		if (benchmark.value() == null) {
			this.ruleWarnings.add(warning("rule-benchmark-missing", WarningSeverity.INFO, SubjectType.RULE, rule.id(),
					scopeLabel(rule), comparison, List.of()));
			return result(rule, RuleStatus.NOT_EVALUABLE, null, null, null);
		}
		Set<String> channels = benchmarkChannels(rule);
		BigDecimal best = null;
		boolean beaten = false;
		for (ChannelResult result : this.input.channelResults()) {
			BigDecimal value = (result.month() == null && channels.contains(result.channel())) ? metric.of(result)
					: null;
			if (value == null) {
				continue;
			}
			if (best == null || metric.beats(value, best)) {
				best = value;
			}
			if (metric.beats(value, benchmark.value())) {
				beaten = true;
				List<BudgetFigure> figures = new ArrayList<>(List.of(new BudgetFigure("value", metric.kind(), value),
						new BudgetFigure("benchmark", metric.kind(), benchmark.value())));
				if (benchmark.shareRaise() != null) {
					figures.add(BudgetFigure.percent("shareRaise", benchmark.shareRaise()));
				}
				this.ruleWarnings.add(warning(
						(benchmark.shareRaise() != null) ? "rule-benchmark-beaten-raise" : "rule-benchmark-beaten",
						WarningSeverity.INFO, SubjectType.RULE, rule.id(), result.channel(), comparison, figures));
			}
		}
		if (best == null) {
			this.ruleWarnings.add(warning("rule-benchmark-not-measurable", WarningSeverity.INFO, SubjectType.RULE,
					rule.id(), scopeLabel(rule), comparison,
					List.of(new BudgetFigure("benchmark", metric.kind(), benchmark.value()))));
			return new RuleResult(rule.id(), rule.kind(), rule.scopeType(), rule.scopeValue(),
					RuleStatus.NOT_MEASURABLE, null, null, null, benchmark.value());
		}
		return new RuleResult(rule.id(), rule.kind(), rule.scopeType(), rule.scopeValue(),
				beaten ? RuleStatus.BENCHMARK_BEATEN : RuleStatus.BENCHMARK_NOT_BEATEN, null, null, best,
				benchmark.value());
	}

	/**
	 * The channel codes a benchmark rule looks at: its channel, or with a PLAN scope
	 * every channel of the plan's lines.
	 */
	private Set<String> benchmarkChannels(Rule rule) {
		if (rule.scopeType() == RuleScope.CHANNEL) {
			return ruleChannel(rule);
		}
		Set<String> channels = new TreeSet<>();
		this.input.lines().stream().map(Line::channelCode).filter(Objects::nonNull).forEach(channels::add);
		return channels;
	}

	/** The channel a rule of CHANNEL scope names (none when it names none). */
	private static Set<String> ruleChannel(Rule rule) {
		Set<String> channels = new TreeSet<>();
		if (rule.scopeValue() != null) {
			channels.add(rule.scopeValue().strip());
		}
		return channels;
	}

	/** The channel codes a return floor applies to. */
	private Set<String> floorChannels(Rule rule) {
		if (rule.scopeType() == RuleScope.CHANNEL) {
			return ruleChannel(rule);
		}
		Set<String> channels = new TreeSet<>();
		if (rule.scopeType() == RuleScope.PLAN) {
			Set<String> own = new HashSet<>();
			this.input.rules()
				.stream()
				.filter((other) -> other.kind() == rule.kind() && other.scopeType() == RuleScope.CHANNEL)
				.forEach((other) -> own.add(other.scopeValue()));
			this.input.lines()
				.stream()
				.map(Line::channelCode)
				.filter(Objects::nonNull)
				.filter((code) -> !own.contains(code))
				.forEach(channels::add);
			return channels;
		}
		Predicate<Line> scope = scopePredicate(rule);
		if (scope != null) {
			this.input.lines()
				.stream()
				.filter((line) -> inScope(line, scope))
				.map(Line::channelCode)
				.filter(Objects::nonNull)
				.forEach(channels::add);
		}
		return channels;
	}

	private RuleResult evaluateFreeze(Rule rule, Predicate<Line> scope) {
		BigDecimal scopeAmount = (rule.scopeType() == RuleScope.PLAN) ? this.input.total() : scopeSum(scope);
		BigDecimal firstMonthlyPlan = perMonth(scopeAmount, this.monthly);
		if (firstMonthlyPlan == null || firstMonthlyPlan.signum() == 0) {
			this.ruleWarnings.add(warning("rule-base-undefined", WarningSeverity.WARNING, SubjectType.RULE, rule.id(),
					scopeLabel(rule), PercentageBase.MONTHLY.name(), List.of()));
			return result(rule, RuleStatus.NOT_EVALUABLE, scopeAmount, firstMonthlyPlan, null);
		}
		BigDecimal threshold = (rule.threshold() != null) ? rule.threshold() : BigDecimal.ZERO;
		boolean violated = false;
		for (Map.Entry<YearMonth, BigDecimal> month : spentByMonth(scope).entrySet()) {
			BigDecimal monthlyPlan = perMonth(scopeAmount, monthlyBudget(month.getKey()));
			if (monthlyPlan == null || monthlyPlan.signum() == 0) {
				continue;
			}
			BigDecimal overPercent = percent(month.getValue().subtract(monthlyPlan), monthlyPlan);
			if (Guardrails.isOverspent(monthlyPlan, month.getValue(), fraction(threshold))) {
				violated = true;
				this.ruleWarnings.add(warning("rule-overspend-freeze", WarningSeverity.WARNING, SubjectType.RULE,
						rule.id(), scopeLabel(rule), month.getKey().toString(),
						List.of(BudgetFigure.amount("spent", month.getValue()),
								BudgetFigure.amount("monthlyPlan", monthlyPlan),
								BudgetFigure.percent("overPercent", overPercent),
								BudgetFigure.percent("threshold", threshold))));
			}
		}
		return result(rule, violated ? RuleStatus.VIOLATED : RuleStatus.PASSED, scopeAmount, firstMonthlyPlan, null);
	}

	private BigDecimal ruleBase(Rule rule, PercentageBase base) {
		return switch (base) {
			case TOTAL -> this.input.total();
			case MARKETING -> marketing();
			case MONTHLY -> this.monthly;
			case PARENT -> {
				Line line = (rule.scopeType() == RuleScope.LINE) ? lineOf(rule) : null;
				Line parent = (line != null) ? parent(line) : null;
				yield (parent != null) ? planned(parent, false) : this.input.total();
			}
			case UNSTATED -> null;
		};
	}

	/** Which lines a rule is about; {@code null} when its line no longer exists. */
	private Predicate<Line> scopePredicate(Rule rule) {
		String value = rule.scopeValue();
		return switch (rule.scopeType()) {
			case PLAN -> (rule.kind() == AllocationRuleKind.RESERVE)
					? (line) -> line.tags().contains(BudgetLine.TAG_RESERVE) : (line) -> true;
			case TAG -> (line) -> line.tags().contains(BudgetLine.normalizeTag(value));
			case CHANNEL -> (line) -> value != null && value.equals(line.channelCode());
			case LINE -> {
				Line target = lineOf(rule);
				yield (target != null) ? (line) -> line.id() == target.id() : null;
			}
		};
	}

	private Line lineOf(Rule rule) {
		try {
			return (rule.scopeValue() != null) ? this.byId.get(Long.valueOf(rule.scopeValue().strip())) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private String scopeLabel(Rule rule) {
		return switch (rule.scopeType()) {
			case PLAN -> (rule.kind() == AllocationRuleKind.RESERVE) ? BudgetLine.TAG_RESERVE : this.input.title();
			case LINE -> {
				Line line = lineOf(rule);
				yield (line != null) ? line.name() : String.valueOf(rule.scopeValue());
			}
			default -> String.valueOf(rule.scopeValue());
		};
	}

	private static RuleResult result(Rule rule, RuleStatus status, BigDecimal amount, BigDecimal base,
			BigDecimal actual) {
		return new RuleResult(rule.id(), rule.kind(), rule.scopeType(), rule.scopeValue(), status, amount, base, actual,
				rule.kind().isShare() ? rule.share() : null);
	}

	// --- scopes and sums ---------------------------------------------------------

	/** Σ effective amounts of the top-most lines matching {@code scope}. */
	private BigDecimal scopeSum(Predicate<Line> scope) {
		return sum(topMost(scope).stream().map((line) -> effective(line, false)).toList());
	}

	private List<Line> topMost(Predicate<Line> scope) {
		List<Line> found = new ArrayList<>();
		collectTopMost(this.roots, scope, found);
		return found;
	}

	private void collectTopMost(List<Line> lines, Predicate<Line> scope, List<Line> found) {
		for (Line line : lines) {
			if (scope.test(line)) {
				found.add(line);
			}
			else {
				collectTopMost(children(line), scope, found);
			}
		}
	}

	private List<ScopeTotal> scopeTotals(boolean tags) {
		TreeMap<String, BigDecimal> sums = new TreeMap<>();
		for (Line line : this.input.lines()) {
			if (tags) {
				line.tags().forEach((tag) -> sums.putIfAbsent(tag, null));
			}
			else if (line.channelCode() != null) {
				sums.putIfAbsent(line.channelCode(), null);
			}
		}
		List<ScopeTotal> totals = new ArrayList<>();
		for (String key : sums.keySet()) {
			BigDecimal amount = scopeSum(
					tags ? (line) -> line.tags().contains(key) : (line) -> key.equals(line.channelCode()));
			totals.add(new ScopeTotal(key, amount, percent(amount, this.input.total())));
		}
		return totals;
	}

	/** Actual spend per month booked on lines in the scope or below a line in it. */
	private Map<YearMonth, BigDecimal> spentByMonth(Predicate<Line> scope) {
		Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
		for (Spend spend : this.input.spends()) {
			Line line = this.byId.get(spend.lineId());
			if (line != null && inScope(line, scope)) {
				byMonth.merge(YearMonth.from(spend.spentOn()), spend.amount(), BigDecimal::add);
			}
		}
		return byMonth;
	}

	private boolean inScope(Line line, Predicate<Line> scope) {
		for (Line current = line; current != null; current = parent(current)) {
			if (scope.test(current)) {
				return true;
			}
		}
		return false;
	}

	private Line parent(Line line) {
		return (line.parentId() != null) ? this.byId.get(line.parentId()) : null;
	}

	private List<Line> children(Line line) {
		return this.childrenOf.getOrDefault(line.id(), List.of());
	}

	private static boolean hasOwnPlan(Line line) {
		return line.plannedAmount() != null || line.plannedPercentage() != null;
	}

	// --- arithmetic --------------------------------------------------------------

	static int monthsOf(LocalDate start, LocalDate end) {
		return (end.getYear() * 12 + end.getMonthValue()) - (start.getYear() * 12 + start.getMonthValue()) + 1;
	}

	private static BigDecimal sum(List<BigDecimal> amounts) {
		return Money.total(amounts.stream());
	}

	/** A percentage as the fraction the analytics formulas take: 10 → 0.10. */
	private static BigDecimal fraction(BigDecimal percentage) {
		return percentage.movePointLeft(2);
	}

	/** {@code percentage} % of {@code base}, in cents. */
	private static BigDecimal share(BigDecimal percentage, BigDecimal base) {
		return Percentage.shareOf(percentage, base);
	}

	/**
	 * {@code part} ÷ {@code whole} in percent (scale 4); {@code null} when not defined.
	 */
	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return Percentage.pointsOf(part, whole);
	}

	// --- findings ----------------------------------------------------------------

	private BudgetWarning lineWarning(String code, WarningSeverity severity, Line line, String detail,
			List<BudgetFigure> figures) {
		return warning(code, severity, SubjectType.LINE, line.id(), line.name(), detail, figures);
	}

	private BudgetWarning warning(String code, WarningSeverity severity, SubjectType type, Long id, String subject,
			String detail, List<BudgetFigure> figures) {
		List<Object> arguments = new ArrayList<>();
		arguments.add(subject);
		arguments.add(detail);
		figures.forEach((figure) -> arguments.add(format(figure)));
		String message = new MessageFormat(EnglishMessages.of(code), Locale.ENGLISH).format(arguments.toArray());
		return new BudgetWarning(code, severity, type, id, subject, detail, figures, message);
	}

	private String format(BudgetFigure figure) {
		if (figure.value() == null) {
			return "—";
		}
		String pattern = switch (figure.kind()) {
			case AMOUNT -> "#,##0.00";
			case PERCENT -> "#,##0.0";
			case RATIO -> "#,##0.####";
		};
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
		format.setRoundingMode(RoundingMode.HALF_UP);
		String text = format.format(figure.value());
		return switch (figure.kind()) {
			case AMOUNT -> this.input.currency() + " " + text;
			case PERCENT -> text + "%";
			case RATIO -> text;
		};
	}

}
