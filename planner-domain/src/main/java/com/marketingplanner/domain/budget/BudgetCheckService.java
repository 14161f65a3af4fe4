package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiRepository;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.organisation.OffBudgetCostRepository;
import com.marketingplanner.domain.organisation.Partner;
import com.marketingplanner.domain.organisation.PartnerRepository;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the {@link BudgetCheck} over a plan's stored lines, spend and rules, with the
 * revenue actuals of its period ({@link ChannelResults} of the channel actuals and line
 * spend) for the ROI and sales-yield floors, and with the plan's costs outside the budget
 * and capped vendor fees, each over the span the plan total covers: the first budget
 * period that states a budget (002, 004: year 1), else the whole plan period. A benchmark
 * rule's benchmark is its own value, else the benchmark of its KPI.
 */
@Service
@Transactional(readOnly = true)
public class BudgetCheckService {

	private final PlanService plans;

	private final BudgetLineRepository lines;

	private final ActualSpendRepository spends;

	private final AllocationRuleRepository rules;

	private final MarketingData marketingData;

	private final BudgetPeriodRepository periods;

	private final OffBudgetCostRepository outsideCosts;

	private final PartnerRepository partners;

	private final KpiRepository kpis;

	public BudgetCheckService(PlanService plans, BudgetLineRepository lines, ActualSpendRepository spends,
			AllocationRuleRepository rules, MarketingData marketingData, BudgetPeriodRepository periods,
			OffBudgetCostRepository outsideCosts, PartnerRepository partners, KpiRepository kpis) {
		this.kpis = kpis;
		this.plans = plans;
		this.lines = lines;
		this.spends = spends;
		this.rules = rules;
		this.marketingData = marketingData;
		this.periods = periods;
		this.outsideCosts = outsideCosts;
		this.partners = partners;
	}

	public BudgetReport check(long planId) {
		return check(this.plans.get(planId));
	}

	BudgetReport check(Plan plan) {
		return BudgetCheck.run(input(plan));
	}

	/** Everything the check needs about the plan, as stored. */
	BudgetInput input(Plan plan) {
		this.lines.flush();
		List<BudgetPeriod> budgetPeriods = this.periods.findByPlanIdOrderByStartDateAscIdAsc(plan.getId());
		int months = budgetPeriods.stream()
			.filter((period) -> period.getAmount() != null)
			.findFirst()
			.map((period) -> BudgetCheck.monthsOf(period.getStartDate(), period.getEndDate()))
			.orElseGet(() -> BudgetCheck.monthsOf(plan.getPeriodStart(), plan.getPeriodEnd()));
		BigDecimal total = plan.getTotalBudget();
		Map<Long, Partner> partnersById = this.partners.findByPlanIdOrderByPositionAscIdAsc(plan.getId())
			.stream()
			.collect(Collectors.toMap(Partner::getId, Function.identity()));
		return new BudgetInput(plan.getTitle(), plan.getCurrency(), plan.getTotalBudget(), plan.period(),
				this.lines.findByPlanIdOrderByPositionAscIdAsc(plan.getId()).stream().map(BudgetLine::toInput).toList(),
				this.spends.findByLinePlanIdOrderBySpentOnAscIdAsc(plan.getId())
					.stream()
					.map((spend) -> new BudgetInput.Spend(spend.getLine().getId(), spend.getSpentOn(),
							spend.getAmount()))
					.toList(),
				this.rules.findByPlanIdOrderByPositionAscIdAsc(plan.getId())
					.stream()
					.map((rule) -> rule.toInput(benchmark(rule.getComparison())))
					.toList(),
				ChannelResults.byChannel(this.marketingData.channelActuals(plan.period(), null),
						this.marketingData.lineSpend(plan.getId(), plan.period())),
				budgetPeriods.stream().map(BudgetPeriod::toInput).toList(),
				this.outsideCosts.findByPlanIdOrderByPositionAscIdAsc(plan.getId())
					.stream()
					.map((cost) -> new BudgetInput.OutsideCost(cost.getName(),
							cost.costOver(months, total, partnersById.get(cost.getPartnerId()))))
					.toList(),
				partnersById.values()
					.stream()
					.filter((partner) -> partner.getFeeCapShare() != null)
					.sorted((a, b) -> Integer.compare(a.getPosition(), b.getPosition()))
					.map((partner) -> new BudgetInput.VendorFee(partner.getName(), partner.feeOver(months, total),
							partner.getFeeCapShare()))
					.toList());
	}

	/**
	 * A benchmark rule's comparison with its benchmark resolved: the rule's value, else
	 * the benchmark of its KPI (which may not state one either).
	 */
	private BudgetInput.Benchmark benchmark(BenchmarkComparison comparison) {
		if (comparison == null) {
			return null;
		}
		Kpi kpi = (comparison.benchmarkKpiId() != null) ? this.kpis.findById(comparison.benchmarkKpiId()).orElse(null)
				: null;
		BigDecimal value = (comparison.benchmarkValue() != null) ? comparison.benchmarkValue()
				: (kpi != null) ? kpi.getBenchmark() : null;
		String label = (comparison.benchmarkText() != null) ? comparison.benchmarkText()
				: (kpi != null) ? kpi.getName() : null;
		return new BudgetInput.Benchmark(comparison.metric(), value, label, comparison.shareRaise());
	}

}
