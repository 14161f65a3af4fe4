package com.marketingplanner.domain.risk;

import java.util.List;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scenario library of a plan's risks: scenarios with their prepared responses and a
 * backup channel, each filed under a risk of the same plan.
 */
@Service
@Transactional(readOnly = true)
public class RiskScenarioService {

	private final PlanService plans;

	private final RiskScenarioRepository scenarios;

	private final RiskRepository risks;

	public RiskScenarioService(PlanService plans, RiskScenarioRepository scenarios, RiskRepository risks) {
		this.plans = plans;
		this.scenarios = scenarios;
		this.risks = risks;
	}

	/** The whole library of the plan, in its order. */
	public List<RiskScenario> all(long planId) {
		this.plans.get(planId);
		return this.scenarios.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public RiskScenario get(long planId, long scenarioId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.scenarios.findById(scenarioId), "RiskScenario", scenarioId);
	}

	@Transactional
	public RiskScenario add(long planId, RiskScenarioCommand command) {
		Plan plan = this.plans.getEditable(planId);
		requireRiskInPlan(planId, command.riskId());
		int position = (command.position() != null) ? command.position()
				: this.scenarios.findByPlanIdOrderByPositionAscIdAsc(planId).size();
		RiskScenario scenario = new RiskScenario(plan, position, command.title());
		apply(scenario, command);
		return this.scenarios.save(scenario);
	}

	@Transactional
	public RiskScenario update(long planId, long scenarioId, RiskScenarioCommand command) {
		this.plans.getEditable(planId);
		RiskScenario scenario = get(planId, scenarioId);
		scenario.requireVersion(command.version());
		requireRiskInPlan(planId, command.riskId());
		apply(scenario, command);
		if (command.position() != null) {
			scenario.placeAt(command.position());
		}
		return this.scenarios.saveAndFlush(scenario);
	}

	@Transactional
	public void delete(long planId, long scenarioId, long version) {
		this.plans.getEditable(planId);
		RiskScenario scenario = get(planId, scenarioId);
		scenario.requireVersion(version);
		this.scenarios.delete(scenario);
	}

	private static void apply(RiskScenario scenario, RiskScenarioCommand command) {
		scenario.describe(command.title(), command.description());
		scenario.prepare(command.responses(), command.backupChannel());
		scenario.belongTo(command.riskId());
	}

	private void requireRiskInPlan(long planId, Long riskId) {
		if (riskId == null) {
			return;
		}
		Risk risk = this.risks.findById(riskId).orElse(null);
		if (risk == null || !risk.getPlan().getId().equals(planId)) {
			throw new BusinessRuleViolation("riskId", "error.scenario.risk-unknown",
					"Risk " + riskId + " is not a risk of this plan", riskId);
		}
	}

}
