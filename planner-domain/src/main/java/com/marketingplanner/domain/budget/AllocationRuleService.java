package com.marketingplanner.domain.budget;

import java.util.ArrayList;
import java.util.List;

import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's allocation rules. A rule's scope is resolved when it is saved: a channel code
 * must be in the catalog, a line id must be a line of the same plan. Every write returns
 * the findings of the budget check with the new rule in force.
 */
@Service
@Transactional(readOnly = true)
public class AllocationRuleService {

	private final PlanService plans;

	private final ChannelService channels;

	private final BudgetLineRepository lines;

	private final AllocationRuleRepository rules;

	private final BudgetCheckService checks;

	private final PlanReferences references;

	public AllocationRuleService(PlanService plans, ChannelService channels, BudgetLineRepository lines,
			AllocationRuleRepository rules, BudgetCheckService checks, PlanReferences references) {
		this.plans = plans;
		this.channels = channels;
		this.lines = lines;
		this.rules = rules;
		this.checks = checks;
		this.references = references;
	}

	public List<AllocationRule> list(long planId) {
		this.plans.get(planId);
		return this.rules.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	/** The rule, provided it belongs to the plan. */
	public AllocationRule get(long planId, long ruleId) {
		return PlanPart.requireIn(planId, this.rules.findById(ruleId), "AllocationRule", ruleId);
	}

	@Transactional
	public Checked<AllocationRule> add(long planId, AllocationRuleCommand command) {
		Plan plan = this.plans.getEditable(planId);
		String scopeValue = resolveScope(planId, command);
		BenchmarkComparison comparison = comparison(planId, command);
		List<AllocationRule> existing = new ArrayList<>(this.rules.findByPlanIdOrderByPositionAscIdAsc(planId));
		int position = (command.position() != null) ? Math.min(command.position(), existing.size()) : existing.size();
		AllocationRule rule = new AllocationRule(plan, position, command.kind(), command.scopeType(), scopeValue,
				command.share(), command.threshold(), command.base(), command.note());
		rule.compareWith(comparison);
		existing.add(position, rule);
		renumber(existing);
		AllocationRule saved = this.rules.save(rule);
		return new Checked<>(saved, this.checks.check(plan).warnings(), plan.getCurrency());
	}

	@Transactional
	public Checked<AllocationRule> update(long planId, long ruleId, AllocationRuleCommand command) {
		Plan plan = this.plans.getEditable(planId);
		AllocationRule rule = get(planId, ruleId);
		rule.requireVersion(command.version());
		String scopeValue = resolveScope(planId, command);
		BenchmarkComparison comparison = comparison(planId, command);
		rule.define(command.kind(), command.scopeType(), scopeValue, command.share(), command.threshold(),
				command.base(), command.note());
		rule.compareWith(comparison);
		if (command.position() != null && command.position() != rule.getPosition()) {
			List<AllocationRule> existing = new ArrayList<>(this.rules.findByPlanIdOrderByPositionAscIdAsc(planId));
			existing.remove(rule);
			existing.add(Math.min(command.position(), existing.size()), rule);
			renumber(existing);
		}
		AllocationRule saved = this.rules.saveAndFlush(rule);
		return new Checked<>(saved, this.checks.check(plan).warnings(), plan.getCurrency());
	}

	@Transactional
	public List<BudgetWarning> delete(long planId, long ruleId, long version) {
		Plan plan = this.plans.getEditable(planId);
		AllocationRule rule = get(planId, ruleId);
		rule.requireVersion(version);
		this.rules.delete(rule);
		this.rules.flush();
		List<AllocationRule> rest = new ArrayList<>(this.rules.findByPlanIdOrderByPositionAscIdAsc(planId));
		rest.remove(rule);
		renumber(rest);
		return this.checks.check(plan).warnings();
	}

	/**
	 * The benchmark comparison of a BENCHMARK_RAISE command, checked, its KPI a KPI of
	 * the plan; {@code null} for other kinds.
	 */
	private BenchmarkComparison comparison(long planId, AllocationRuleCommand command) {
		BenchmarkComparison comparison = command.comparison();
		if (comparison != null) {
			this.references.requireKpi(planId, comparison.benchmarkKpiId(), "benchmarkKpiId");
		}
		return comparison;
	}

	/**
	 * The scope value as stored: a catalog channel code, or the id of a line of the plan.
	 */
	private String resolveScope(long planId, AllocationRuleCommand command) {
		String value = (command.scopeValue() != null && !command.scopeValue().isBlank()) ? command.scopeValue().strip()
				: null;
		if (value == null || command.scopeType() == null) {
			return value;
		}
		return switch (command.scopeType()) {
			case CHANNEL -> this.channels.byCode(value, "scopeValue").getCode();
			case LINE -> String.valueOf(lineOfPlan(planId, value).getId());
			default -> value;
		};
	}

	private BudgetLine lineOfPlan(long planId, String value) {
		BudgetLine line = null;
		try {
			line = this.lines.findById(Long.valueOf(value)).orElse(null);
		}
		catch (NumberFormatException ex) {
			// not an id: reported below
		}
		if (line == null || !line.getPlan().getId().equals(planId)) {
			throw new BusinessRuleViolation("scopeValue", "error.budget.rule.line-unknown",
					"'" + value + "' is not a budget line of this plan", value);
		}
		return line;
	}

	private static void renumber(List<AllocationRule> rules) {
		for (int i = 0; i < rules.size(); i++) {
			rules.get(i).placeAt(i);
		}
	}

}
