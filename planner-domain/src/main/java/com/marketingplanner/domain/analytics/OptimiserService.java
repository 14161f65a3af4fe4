package com.marketingplanner.domain.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.marketingplanner.analytics.optimiser.AllocationPlan;
import com.marketingplanner.analytics.optimiser.BudgetOptimiser;
import com.marketingplanner.analytics.optimiser.ChannelPlan;
import com.marketingplanner.analytics.optimiser.CurveFitting;
import com.marketingplanner.analytics.optimiser.ResponseCurve;
import com.marketingplanner.analytics.roi.SpendOutcome;
import com.marketingplanner.domain.budget.AllocationRule;
import com.marketingplanner.domain.budget.AllocationRuleKind;
import com.marketingplanner.domain.budget.BudgetOverview;
import com.marketingplanner.domain.budget.BudgetReport;
import com.marketingplanner.domain.budget.BudgetReport.ScopeTotal;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.budget.ChannelResult;
import com.marketingplanner.domain.budget.ChannelResults;
import com.marketingplanner.domain.budget.PercentageBase;
import com.marketingplanner.domain.budget.RuleScope;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.shared.DateRange;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommended split of a plan's channel budget (design.md "Budget optimiser"),
 * computed by the analytics module's {@link BudgetOptimiser}.
 * <ul>
 * <li><b>current split</b>: each channel's planned amount (its top-most lines, as the
 * budget check sums them); the budget to split is their sum;</li>
 * <li><b>response curves</b>: fitted per channel from its monthly spend and revenue
 * ({@link ChannelResults}) from two years before the plan to its end — a power curve r(x)
 * = a·x^β with diminishing returns, else a saturating curve; a channel whose history
 * gives no curve keeps its current amount and is left out of the split;</li>
 * <li><b>constraints</b> from the plan's allocation rules: minimum, maximum and fixed
 * shares and caps of a channel (a plan-wide cap for every channel without its own),
 * converted from their base (total, marketing budget, monthly budget × months) into
 * shares of the budget split; the plan-wide ROI floor (the highest if several).</li>
 * </ul>
 * Expected return of the current and of the recommended split are the curves' values.
 */
@Service
@Transactional(readOnly = true)
public class OptimiserService {

	/** Reason: the channel's history gives no response curve. */
	public static final String NO_CURVE = "no-curve";

	private final BudgetService budgets;

	private final MarketingData data;

	public OptimiserService(BudgetService budgets, MarketingData data) {
		this.budgets = budgets;
		this.data = data;
	}

	public Optimisation optimise(long planId) {
		BudgetOverview overview = this.budgets.overview(planId);
		Plan plan = overview.plan();
		BudgetReport report = overview.report();
		DateRange history = new DateRange(plan.getPeriodStart().minusYears(2), plan.getPeriodEnd());
		List<ChannelResult> monthly = ChannelResults.byChannelAndMonth(this.data.channelActuals(history, null),
				this.data.lineSpend(planId, history));

		List<ScopeTotal> channels = report.channels()
			.stream()
			.filter((total) -> total.amount() != null && total.amount().signum() > 0)
			.toList();
		BigDecimal budget = channels.stream().map(ScopeTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		List<Held> held = new ArrayList<>();
		List<Curve> curves = new ArrayList<>();
		for (ScopeTotal channel : channels) {
			List<SpendOutcome> points = monthly.stream()
				.filter((result) -> result.channel().equals(channel.key()) && result.spend() != null
						&& result.spend().signum() > 0 && result.revenue() != null && result.revenue().signum() > 0)
				.map((result) -> new SpendOutcome(result.spend(), result.revenue()))
				.toList();
			ResponseCurve curve = fit(points);
			if (curve == null) {
				held.add(new Held(channel.key(), channel.amount(), NO_CURVE, points.size()));
			}
			else {
				curves.add(new Curve(channel.key(), channel.amount(), curve, points.size()));
			}
		}
		BigDecimal heldAmount = held.stream().map(Held::currentSpend).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal toSplit = budget.subtract(heldAmount);
		Double roiFloor = roiFloor(overview.rules());
		if (curves.isEmpty()) {
			return new Optimisation(plan.getCurrency(), budget, toSplit, roiFloor, null, curves, held,
					"no-channel-with-curve");
		}
		List<ChannelPlan> inputs = new ArrayList<>();
		for (Curve curve : curves) {
			double[] shares = shares(curve.channel(), overview.rules(), report, toSplit);
			inputs
				.add(new ChannelPlan(curve.channel(), curve.curve(), curve.currentSpend(), shares[0], shares[1], null));
		}
		try {
			AllocationPlan allocation = BudgetOptimiser.allocate(inputs, toSplit, roiFloor);
			return new Optimisation(plan.getCurrency(), budget, toSplit, roiFloor, allocation, curves, held, null);
		}
		catch (IllegalArgumentException ex) {
			return new Optimisation(plan.getCurrency(), budget, toSplit, roiFloor, null, curves, held,
					"constraints-conflict");
		}
	}

	private static ResponseCurve fit(List<SpendOutcome> points) {
		try {
			return CurveFitting.power(points);
		}
		catch (IllegalArgumentException notPower) {
			try {
				return CurveFitting.saturation(points);
			}
			catch (IllegalArgumentException notSaturating) {
				return null;
			}
		}
	}

	/** The least and most share of {@code toSplit} the plan's rules give the channel. */
	private static double[] shares(String channel, List<AllocationRule> rules, BudgetReport report,
			BigDecimal toSplit) {
		double min = 0;
		double max = 1;
		boolean ownCap = rules.stream()
			.anyMatch((rule) -> rule.getKind() == AllocationRuleKind.CHANNEL_CAP
					&& rule.getScopeType() == RuleScope.CHANNEL && channel.equals(rule.getScopeValue()));
		for (AllocationRule rule : rules) {
			boolean mine = rule.getScopeType() == RuleScope.CHANNEL && channel.equals(rule.getScopeValue());
			boolean planCap = rule.getKind() == AllocationRuleKind.CHANNEL_CAP && rule.getScopeType() == RuleScope.PLAN
					&& !ownCap;
			if (!(mine || planCap) || rule.getShare() == null) {
				continue;
			}
			Double share = shareOfSplit(rule, report, toSplit);
			if (share == null) {
				continue;
			}
			switch (rule.getKind()) {
				case MIN_SHARE -> min = Math.max(min, share);
				case MAX_SHARE, CHANNEL_CAP -> max = Math.min(max, share);
				case FIXED_SHARE -> {
					min = Math.max(min, share);
					max = Math.min(max, share);
				}
				default -> {
				}
			}
		}
		min = Math.min(1, min);
		max = Math.max(0, Math.min(1, max));
		return new double[] { Math.min(min, max), max };
	}

	private static Double shareOfSplit(AllocationRule rule, BudgetReport report, BigDecimal toSplit) {
		if (toSplit.signum() == 0) {
			return null;
		}
		BigDecimal base = switch ((rule.getBase() != null) ? rule.getBase() : PercentageBase.TOTAL) {
			case TOTAL -> report.planTotal();
			case MARKETING -> report.marketingBudget();
			case MONTHLY -> (report.monthlyBudget() != null)
					? report.monthlyBudget().multiply(BigDecimal.valueOf(report.months())) : null;
			case PARENT, UNSTATED -> null;
		};
		if (base == null) {
			return null;
		}
		return rule.share().fraction().multiply(base).divide(toSplit, MathContext.DECIMAL64).doubleValue();
	}

	private static Double roiFloor(List<AllocationRule> rules) {
		return rules.stream()
			.filter((rule) -> rule.getKind() == AllocationRuleKind.ROI_FLOOR && rule.getScopeType() == RuleScope.PLAN
					&& rule.getThreshold() != null)
			.map((rule) -> rule.getThreshold().doubleValue())
			.max(Double::compare)
			.orElse(null);
	}

	/**
	 * The optimiser's answer.
	 *
	 * @param budget the channels' planned amounts together
	 * @param split what is split among the channels with a curve (budget − held)
	 * @param roiFloor the plan-wide ROI floor applied, or {@code null}
	 * @param allocation the recommendation, {@code null} when there is none
	 * @param curves the channels optimised, with their fitted curves
	 * @param held the channels kept at their current amount, and why
	 * @param undefinedReason why there is no recommendation
	 * ({@code no-channel-with-curve}, {@code constraints-conflict}), or {@code null}
	 */
	public record Optimisation(String currency, BigDecimal budget, BigDecimal split, Double roiFloor,
			AllocationPlan allocation, List<Curve> curves, List<Held> held, String undefinedReason) {

		/** The recommended amount per channel (held channels at their current amount). */
		public Map<String, BigDecimal> recommendedAmounts() {
			Map<String, BigDecimal> amounts = new HashMap<>();
			this.held.forEach((channel) -> amounts.put(channel.channel(), channel.currentSpend()));
			if (this.allocation != null) {
				this.allocation.channels()
					.forEach((channel) -> amounts.put(channel.channel(), channel.recommendedSpend()));
			}
			return amounts;
		}

	}

	/**
	 * A channel optimised.
	 *
	 * @param observations the months its curve was fitted on
	 */
	public record Curve(String channel, BigDecimal currentSpend, ResponseCurve curve, int observations) {
	}

	/**
	 * A channel kept at its current amount.
	 *
	 * @param observations the months of usable history it has
	 */
	public record Held(String channel, BigDecimal currentSpend, String reason, int observations) {
	}

}
