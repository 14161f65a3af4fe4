package com.marketingplanner.domain.risk;

import java.util.List;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.timeline.KpiThreshold;
import com.marketingplanner.domain.plan.PlanReferences;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's risk register, sorted by score. The early-warning indicator must name a KPI of
 * the plan. One transaction per user action; everything is checked before anything is
 * written.
 */
@Service
@Transactional(readOnly = true)
public class RiskService {

	private static final String[] WARNING_FIELDS = { "warningKpiId", "warningOperator", "warningThreshold" };

	private final PlanService plans;

	private final RiskRepository risks;

	private final PlanReferences references;

	public RiskService(PlanService plans, RiskRepository risks, PlanReferences references) {
		this.plans = plans;
		this.risks = risks;
		this.references = references;
	}

	/**
	 * A page of the register by score descending, unscored risks last (the pageable's
	 * sort is ignored).
	 */
	public Page<Risk> list(long planId, RiskFilter filter, Pageable pageable) {
		this.plans.get(planId);
		Pageable unsorted = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())
				: Pageable.unpaged();
		return this.risks.findRegister(planId, filter.categoryOrNull(), filter.status(), filter.strategy(), unsorted);
	}

	/** The whole register by score descending, unscored risks last. */
	public List<Risk> all(long planId) {
		return list(planId, RiskFilter.none(), Pageable.unpaged()).getContent();
	}

	/** The whole register in its own order (positions), as a document lists it. */
	public List<Risk> inRegisterOrder(long planId) {
		this.plans.get(planId);
		return this.risks.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	/** The heat map of the whole register. */
	public RiskHeatMap heatMap(long planId) {
		return RiskHeatMap.of(all(planId));
	}

	/** The risk, provided it belongs to the plan (404 otherwise). */
	public Risk get(long planId, long riskId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.risks.findById(riskId), "Risk", riskId);
	}

	@Transactional
	public Risk add(long planId, RiskCommand command) {
		Plan plan = this.plans.getEditable(planId);
		KpiThreshold indicator = check(planId, RiskStatus.IDENTIFIED, command);
		int position = (command.position() != null) ? command.position() : (int) this.risks.countByPlanId(planId);
		Risk risk = new Risk(plan, position, command.category(), command.title());
		apply(risk, command, indicator);
		return this.risks.save(risk);
	}

	@Transactional
	public Risk update(long planId, long riskId, RiskCommand command) {
		this.plans.getEditable(planId);
		Risk risk = get(planId, riskId);
		risk.requireVersion(command.version());
		KpiThreshold indicator = check(planId, risk.getStatus(), command);
		apply(risk, command, indicator);
		if (command.position() != null) {
			risk.placeAt(command.position());
		}
		return this.risks.saveAndFlush(risk);
	}

	@Transactional
	public Risk changeStatus(long planId, long riskId, RiskStatusCommand command) {
		this.plans.getEditable(planId);
		Risk risk = get(planId, riskId);
		risk.requireVersion(command.version());
		risk.changeStatus(command.status());
		return this.risks.saveAndFlush(risk);
	}

	@Transactional
	public void delete(long planId, long riskId, long version) {
		this.plans.getEditable(planId);
		Risk risk = get(planId, riskId);
		risk.requireVersion(version);
		this.risks.delete(risk);
	}

	private KpiThreshold check(long planId, RiskStatus currentStatus, RiskCommand command) {
		Risk.requireValidDescription(command.category(), command.title());
		Risk.requireValidAssessment(command.probability(), command.impact(), command.impactAmount());
		if (command.status() != null) {
			Risk.requireTransition(currentStatus, command.status());
		}
		KpiThreshold indicator = KpiThreshold.of(command.warningKpiId(), command.warningOperator(),
				command.warningThreshold(), WARNING_FIELDS);
		this.references.requireKpi(planId, command.warningKpiId(), WARNING_FIELDS[0]);
		return indicator;
	}

	private static void apply(Risk risk, RiskCommand command, KpiThreshold indicator) {
		risk.describe(command.category(), command.title(), command.description());
		risk.assess(command.probability(), command.impact(), command.impactAmount(), command.impactText());
		risk.respond(command.strategy(), command.mitigation(), command.contingency(), command.owner(),
				command.reviewCadence());
		risk.watch(indicator, command.warningText());
		if (command.status() != null) {
			risk.changeStatus(command.status());
		}
	}

}
