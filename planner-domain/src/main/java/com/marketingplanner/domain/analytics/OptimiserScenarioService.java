package com.marketingplanner.domain.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.marketingplanner.analytics.optimiser.ChannelAllocation;
import com.marketingplanner.domain.analytics.OptimiserService.Optimisation;
import com.marketingplanner.domain.budget.BudgetLineNode;
import com.marketingplanner.domain.budget.BudgetScenario;
import com.marketingplanner.domain.budget.BudgetScenarioCommand;
import com.marketingplanner.domain.budget.BudgetScenarioCommand.LineAmount;
import com.marketingplanner.domain.budget.BudgetScenarioService;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves the optimiser's recommended split as a new draft budget scenario to review (issue
 * 6), through {@link BudgetScenarioService#create}: the plan's total stays; each
 * optimised channel's recommended amount is written onto its top-most lines (the lines
 * whose sum the optimiser took as the channel's current amount), in proportion to their
 * current effective amounts, rounded to cents with the remainder on the last line so the
 * lines add up to exactly the recommended amount; sub-lines planned as fixed amounts are
 * scaled by the same factor so that the tree stays consistent (sub-lines planned as a
 * percentage of their parent follow it). Channels the optimiser kept as planned are not
 * named, so they keep their plan. One transaction; nothing is written when there is no
 * recommendation or the plan is not editable.
 */
@Service
@Transactional(readOnly = true)
public class OptimiserScenarioService {

	private final PlanService plans;

	private final OptimiserService optimiser;

	private final BudgetService budgets;

	private final BudgetScenarioService scenarios;

	public OptimiserScenarioService(PlanService plans, OptimiserService optimiser, BudgetService budgets,
			BudgetScenarioService scenarios) {
		this.plans = plans;
		this.optimiser = optimiser;
		this.budgets = budgets;
		this.scenarios = scenarios;
	}

	/**
	 * Saves the current recommendation as a draft scenario.
	 * @param naming the scenario's name and description for the recommendation (the web
	 * layer words them in the reader's language)
	 * @throws BusinessRuleViolation {@code error.optimiser.no-recommendation} when the
	 * optimiser has no recommendation to save
	 */
	@Transactional
	public BudgetScenario saveRecommendation(long planId, Function<Optimisation, Naming> naming) {
		this.plans.getEditable(planId);
		Optimisation optimisation = this.optimiser.optimise(planId);
		if (optimisation.allocation() == null) {
			throw new BusinessRuleViolation("optimiser", "error.optimiser.no-recommendation",
					"The optimiser has no recommendation to save", optimisation.undefinedReason());
		}
		List<LineAmount> amounts = lineAmounts(this.budgets.tree(planId), optimisation.allocation().channels());
		Naming named = naming.apply(optimisation);
		return this.scenarios.create(planId,
				new BudgetScenarioCommand(named.name(), named.description(), null, amounts, null));
	}

	/** The line amounts that carry the recommended amount of every optimised channel. */
	static List<LineAmount> lineAmounts(List<BudgetLineNode> roots, List<ChannelAllocation> channels) {
		Map<Long, BigDecimal> amounts = new LinkedHashMap<>();
		for (ChannelAllocation channel : channels) {
			List<BudgetLineNode> lines = new ArrayList<>();
			collectTopMost(roots, channel.channel(), lines);
			BigDecimal current = lines.stream()
				.map(OptimiserScenarioService::effective)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			if (current.signum() == 0) {
				continue;
			}
			BigDecimal recommended = channel.recommendedSpend().setScale(2, RoundingMode.HALF_EVEN);
			BigDecimal assigned = BigDecimal.ZERO;
			for (int i = 0; i < lines.size(); i++) {
				BudgetLineNode line = lines.get(i);
				BigDecimal amount = (i == lines.size() - 1) ? recommended.subtract(assigned)
						: recommended.multiply(effective(line)).divide(current, 2, RoundingMode.HALF_EVEN);
				assigned = assigned.add(amount);
				amounts.put(line.id(), amount);
				if (effective(line).signum() > 0) {
					scaleFixedDescendants(line.children(), amount, effective(line), amounts);
				}
			}
		}
		List<LineAmount> result = new ArrayList<>();
		amounts.forEach((lineId, amount) -> result.add(new LineAmount(lineId, amount)));
		return result;
	}

	/** The top-most lines of a channel, as the budget check sums a channel. */
	private static void collectTopMost(List<BudgetLineNode> lines, String channel, List<BudgetLineNode> found) {
		for (BudgetLineNode line : lines) {
			if (channel.equals(line.channelCode())) {
				found.add(line);
			}
			else {
				collectTopMost(line.children(), channel, found);
			}
		}
	}

	private static void scaleFixedDescendants(List<BudgetLineNode> children, BigDecimal newAmount, BigDecimal oldAmount,
			Map<Long, BigDecimal> amounts) {
		for (BudgetLineNode child : children) {
			if (child.plannedAmount() != null) {
				amounts.put(child.id(),
						child.plannedAmount().multiply(newAmount).divide(oldAmount, 2, RoundingMode.HALF_EVEN));
			}
			scaleFixedDescendants(child.children(), newAmount, oldAmount, amounts);
		}
	}

	private static BigDecimal effective(BudgetLineNode line) {
		return (line.effectiveAmount() != null) ? line.effectiveAmount() : BigDecimal.ZERO;
	}

	/** A scenario's name and description. */
	public record Naming(String name, String description) {
	}

}
