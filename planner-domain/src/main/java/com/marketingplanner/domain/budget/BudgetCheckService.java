package com.marketingplanner.domain.budget;

import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the {@link BudgetCheck} over a plan's stored lines, spend and rules, with the
 * revenue actuals of its period ({@link ChannelResults} of the channel actuals and line
 * spend) for the ROI and sales-yield floors.
 */
@Service
@Transactional(readOnly = true)
public class BudgetCheckService {

	private final PlanService plans;

	private final BudgetLineRepository lines;

	private final ActualSpendRepository spends;

	private final AllocationRuleRepository rules;

	private final MarketingData marketingData;

	public BudgetCheckService(PlanService plans, BudgetLineRepository lines, ActualSpendRepository spends,
			AllocationRuleRepository rules, MarketingData marketingData) {
		this.plans = plans;
		this.lines = lines;
		this.spends = spends;
		this.rules = rules;
		this.marketingData = marketingData;
	}

	public BudgetReport check(long planId) {
		return check(this.plans.get(planId));
	}

	BudgetReport check(Plan plan) {
		this.lines.flush();
		BudgetInput input = new BudgetInput(plan.getTitle(), plan.getCurrency(), plan.getTotalBudget(), plan.period(),
				this.lines.findByPlanIdOrderByPositionAscIdAsc(plan.getId()).stream().map(BudgetLine::toInput).toList(),
				this.spends.findByLinePlanIdOrderBySpentOnAscIdAsc(plan.getId())
					.stream()
					.map((spend) -> new BudgetInput.Spend(spend.getLine().getId(), spend.getSpentOn(),
							spend.getAmount()))
					.toList(),
				this.rules.findByPlanIdOrderByPositionAscIdAsc(plan.getId())
					.stream()
					.map(AllocationRule::toInput)
					.toList(),
				ChannelResults.byChannel(this.marketingData.channelActuals(plan.period(), null),
						this.marketingData.lineSpend(plan.getId(), plan.period())));
		return BudgetCheck.run(input);
	}

}
