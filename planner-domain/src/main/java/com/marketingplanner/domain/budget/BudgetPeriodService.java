package com.marketingplanner.domain.budget;

import java.util.List;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget periods of a plan, in date order. Periods do not overlap; a period may lie
 * partly outside the plan (as a seed's year may). One transaction per action; everything
 * is checked before anything is written.
 */
@Service
@Transactional(readOnly = true)
public class BudgetPeriodService {

	private final PlanService plans;

	private final BudgetPeriodRepository periods;

	public BudgetPeriodService(PlanService plans, BudgetPeriodRepository periods) {
		this.plans = plans;
		this.periods = periods;
	}

	public List<BudgetPeriod> all(long planId) {
		this.plans.get(planId);
		return this.periods.findByPlanIdOrderByStartDateAscIdAsc(planId);
	}

	public BudgetPeriod get(long planId, long periodId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.periods.findById(periodId), "BudgetPeriod", periodId);
	}

	@Transactional
	public BudgetPeriod add(long planId, BudgetPeriodCommand command) {
		Plan plan = this.plans.getEditable(planId);
		DateRange range = new DateRange(command.startDate(), command.endDate());
		requireNoOverlap(planId, null, range);
		BudgetPeriod period = new BudgetPeriod(plan, command.name(), range);
		period.rename(command.name(), command.note());
		period.budget(command.amount());
		return this.periods.save(period);
	}

	@Transactional
	public BudgetPeriod update(long planId, long periodId, BudgetPeriodCommand command) {
		this.plans.getEditable(planId);
		BudgetPeriod period = get(planId, periodId);
		period.requireVersion(command.version());
		DateRange range = new DateRange(command.startDate(), command.endDate());
		requireNoOverlap(planId, periodId, range);
		period.rename(command.name(), command.note());
		period.budget(command.amount());
		period.cover(range);
		return this.periods.saveAndFlush(period);
	}

	@Transactional
	public void delete(long planId, long periodId, long version) {
		this.plans.getEditable(planId);
		BudgetPeriod period = get(planId, periodId);
		period.requireVersion(version);
		this.periods.delete(period);
	}

	private void requireNoOverlap(long planId, Long periodId, DateRange range) {
		for (BudgetPeriod other : this.periods.findByPlanIdOrderByStartDateAscIdAsc(planId)) {
			if (!other.getId().equals(periodId) && other.overlaps(range)) {
				throw new BusinessRuleViolation("startDate", "error.budget.period.overlap",
						"The period overlaps the budget period '" + other.getName() + "'", other.getName());
			}
		}
	}

}
