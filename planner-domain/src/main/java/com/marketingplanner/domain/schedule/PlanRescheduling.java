package com.marketingplanner.domain.schedule;

import com.marketingplanner.domain.budget.BudgetPeriod;
import com.marketingplanner.domain.budget.BudgetPeriodService;
import com.marketingplanner.domain.campaign.Campaign;
import com.marketingplanner.domain.campaign.CampaignService;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiFilter;
import com.marketingplanner.domain.goal.KpiService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.CalendarShift;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.timeline.Milestone;
import com.marketingplanner.domain.timeline.MilestoneService;
import com.marketingplanner.domain.timeline.Phase;
import com.marketingplanner.domain.timeline.PhaseService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits a plan's header and, when asked, moves everything dated in the plan with its new
 * start: phases, milestones, campaigns, budget periods and KPI due dates, by the same
 * calendar shift as a template made at a new start date ({@link CalendarShift}: month,
 * quarter and year ends stay ends). One transaction: the header and every moved item, or
 * nothing.
 */
@Service
@Transactional(readOnly = true)
public class PlanRescheduling {

	private final PlanService plans;

	private final PhaseService phases;

	private final MilestoneService milestones;

	private final CampaignService campaigns;

	private final KpiService kpis;

	private final BudgetPeriodService budgetPeriods;

	public PlanRescheduling(PlanService plans, PhaseService phases, MilestoneService milestones,
			CampaignService campaigns, KpiService kpis, BudgetPeriodService budgetPeriods) {
		this.plans = plans;
		this.phases = phases;
		this.milestones = milestones;
		this.campaigns = campaigns;
		this.kpis = kpis;
		this.budgetPeriods = budgetPeriods;
	}

	/** What moving the plan to a new start would move. */
	public MovePreview preview(long planId) {
		this.plans.get(planId);
		return new MovePreview(this.phases.all(planId).size(), this.milestones.all(planId).size(),
				this.campaigns.all(planId).size(),
				(int) this.kpis.all(planId, KpiFilter.none())
					.stream()
					.filter((kpi) -> kpi.getDueDate() != null)
					.count());
	}

	/**
	 * Edits the plan's header; with {@code moveDatedItems} every dated item of the plan
	 * moves by the shift from the old start to the command's start.
	 * @return the edited plan
	 */
	@Transactional
	public Plan update(long planId, PlanCommand command, boolean moveDatedItems) {
		Plan plan = this.plans.get(planId);
		CalendarShift shift = (command.periodStart() != null)
				? CalendarShift.between(plan.getPeriodStart(), command.periodStart()) : CalendarShift.NONE;
		Plan updated = this.plans.update(planId, command);
		if (moveDatedItems && !shift.isNone()) {
			for (Phase phase : this.phases.all(planId)) {
				phase.reschedule(shift.apply(phase.getStartDate()), shift.apply(phase.getEndDate()));
			}
			for (Milestone milestone : this.milestones.all(planId)) {
				milestone.schedule(shift.apply(milestone.getDueDate()), milestone.getPhase());
			}
			for (Campaign campaign : this.campaigns.all(planId)) {
				campaign.schedule(shift.apply(campaign.getStartDate()), shift.apply(campaign.getEndDate()));
			}
			for (BudgetPeriod period : this.budgetPeriods.all(planId)) {
				period.cover(new DateRange(shift.apply(period.getStartDate()), shift.apply(period.getEndDate())));
			}
			for (Kpi kpi : this.kpis.all(planId, KpiFilter.none())) {
				if (kpi.getDueDate() != null) {
					kpi.schedule(shift.apply(kpi.getDueDate()), kpi.getFrequency());
				}
			}
		}
		return updated;
	}

	/**
	 * What a move touches, for the form that offers it.
	 *
	 * @param phases phases of the plan
	 * @param milestones milestones of the plan
	 * @param campaigns campaigns of the plan
	 * @param kpiDueDates KPIs with a due date
	 */
	public record MovePreview(int phases, int milestones, int campaigns, int kpiDueDates) {

		public boolean isEmpty() {
			return this.phases + this.milestones + this.campaigns + this.kpiDueDates == 0;
		}

	}

}
