package com.marketingplanner.domain.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.marketingplanner.domain.budget.RuleScope;
import com.marketingplanner.domain.template.PlanDocument.BudgetLine;
import com.marketingplanner.domain.template.PlanDocument.Goal;
import com.marketingplanner.domain.template.PlanDocument.Section;
import com.marketingplanner.domain.template.PlanDocumentInvalidException.Problem;

/**
 * What only a document has: its items and the keys they refer to each other by. Checks
 * that every list item is present, that keys are given where items are referred to
 * (goals, KPIs, phases, milestones) and unique per kind, that every reference names an
 * item of the document, and that goals do not enclose themselves. Everything else about
 * an item is a rule of the domain and is checked there, when the item is created.
 *
 * @param problems what is wrong, in document order
 */
record DocumentKeys(List<Problem> problems) {

	static DocumentKeys check(PlanDocument document) {
		Checker checker = new Checker();
		checker.check(document);
		return new DocumentKeys(List.copyOf(checker.problems));
	}

	private static final class Checker {

		private final List<Problem> problems = new ArrayList<>();

		private final Set<String> goals = new HashSet<>();

		private final Set<String> kpis = new HashSet<>();

		private final Set<String> phases = new HashSet<>();

		private final Set<String> milestones = new HashSet<>();

		private final Set<String> lines = new HashSet<>();

		private final Set<String> crisisLevels = new HashSet<>();

		private final Set<String> risks = new HashSet<>();

		private final Set<String> partners = new HashSet<>();

		private final Set<String> campaigns = new HashSet<>();

		void check(PlanDocument document) {
			sections("$.sections", document.sections());
			each("$.goals", document.goals(), (path, goal) -> key(path, goal.key(), this.goals, true));
			each("$.kpis", document.kpis(), (path, kpi) -> key(path, kpi.key(), this.kpis, true));
			each("$.phases", document.phases(), (path, phase) -> key(path, phase.key(), this.phases, true));
			each("$.milestones", document.milestones(),
					(path, milestone) -> key(path, milestone.key(), this.milestones, true));
			lineKeys("$.budget_lines", document.budgetLines());
			each("$.crisis_levels", document.crisisLevels(),
					(path, level) -> key(path, level.key(), this.crisisLevels, true));
			each("$.risks", document.risks(), (path, risk) -> key(path, risk.key(), this.risks, false));
			each("$.risk_scenarios", document.riskScenarios(), (path, scenario) -> {
			});
			each("$.campaigns", document.campaigns(),
					(path, campaign) -> key(path, campaign.key(), this.campaigns, false));
			each("$.allocation_rules", document.allocationRules(), (path, rule) -> {
			});
			each("$.notes", document.notes(), (path, note) -> {
			});
			each("$.budget_periods", document.budgetPeriods(), (path, period) -> {
			});
			each("$.cadences", document.cadences(), (path, cadence) -> {
			});
			each("$.team", document.team(), (path, unit) -> {
			});
			each("$.context_metrics", document.contextMetrics(), (path, metric) -> {
			});
			each("$.frameworks", document.frameworks(), (path, framework) -> {
			});
			each("$.partners", document.partners(), (path, partner) -> key(path, partner.key(), this.partners, false));

			each("$.goals", document.goals(), (path, goal) -> refer(path + ".parent", goal.parent(), this.goals));
			goalCycles(document.goals());
			each("$.kpis", document.kpis(), (path, kpi) -> refer(path + ".goal", kpi.goal(), this.goals));
			each("$.milestones", document.milestones(), (path, milestone) -> {
				refer(path + ".phase", milestone.phase(), this.phases);
				if (milestone.gate() != null) {
					var conditions = milestone.gate().conditions();
					for (int i = 0; i < conditions.size(); i++) {
						if (conditions.get(i) == null) {
							problem(path + ".gate.conditions[" + i + "]", "error.document.item-required",
									"is required");
						}
						else {
							refer(path + ".gate.conditions[" + i + "].kpi", conditions.get(i).kpi(), this.kpis);
						}
					}
				}
				for (int i = 0; i < milestone.dependsOn().size(); i++) {
					String dependency = milestone.dependsOn().get(i);
					String dependencyPath = path + ".depends_on[" + i + "]";
					if (dependency == null) {
						problem(dependencyPath, "error.document.item-required", "is required");
					}
					else {
						refer(dependencyPath, dependency, this.milestones);
					}
				}
			});
			lineReferences("$.budget_lines", document.budgetLines());
			each("$.budget_scenarios", document.budgetScenarios(), (path, scenario) -> {
				for (int i = 0; i < scenario.lineAmounts().size(); i++) {
					var amount = scenario.lineAmounts().get(i);
					if (amount == null || amount.line() == null) {
						problem(path + ".line_amounts[" + i + "]", "error.document.item-required", "is required");
					}
					else {
						refer(path + ".line_amounts[" + i + "].line", amount.line(), this.lines);
					}
				}
			});
			each("$.allocation_rules", document.allocationRules(), (path, rule) -> {
				if (rule.scopeType() == RuleScope.LINE) {
					refer(path + ".scope_value", rule.scopeValue(), this.lines);
				}
				refer(path + ".benchmark_kpi", rule.benchmarkKpi(), this.kpis);
			});
			each("$.risks", document.risks(), (path, risk) -> {
				for (int i = 0; i < risk.triggers().size(); i++) {
					var trigger = risk.triggers().get(i);
					if (trigger == null) {
						problem(path + ".triggers[" + i + "]", "error.document.item-required", "is required");
					}
					else {
						refer(path + ".triggers[" + i + "].kpi", trigger.kpi(), this.kpis);
					}
				}
				for (int i = 0; i < risk.crisisLevels().size(); i++) {
					refer(path + ".crisis_levels[" + i + "]", risk.crisisLevels().get(i), this.crisisLevels);
				}
			});
			each("$.risk_scenarios", document.riskScenarios(),
					(path, scenario) -> refer(path + ".risk", scenario.risk(), this.risks));
			each("$.off_budget_costs", document.offBudgetCosts(),
					(path, cost) -> refer(path + ".partner", cost.partner(), this.partners));
			each("$.campaigns", document.campaigns(), (path, campaign) -> {
				refer(path + ".budget_line", campaign.budgetLine(), this.lines);
				for (int i = 0; i < campaign.kpis().size(); i++) {
					refer(path + ".kpis[" + i + "]", campaign.kpis().get(i), this.kpis);
				}
			});
			each("$.drivers", document.drivers(), (path, driver) -> {
				refer(path + ".kpi", driver.kpi(), this.kpis);
				for (int i = 0; i < driver.factors().size(); i++) {
					var factor = driver.factors().get(i);
					if (factor == null) {
						problem(path + ".factors[" + i + "]", "error.document.item-required", "is required");
					}
					else {
						refer(path + ".factors[" + i + "].kpi", factor.kpi(), this.kpis);
					}
				}
			});
			each("$.mixes", document.mixes(), (path, mix) -> {
			});
			each("$.promotions", document.promotions(), (path, promotion) -> {
				refer(path + ".campaign", promotion.campaign(), this.campaigns);
				refer(path + ".partner", promotion.partner(), this.partners);
			});
			each("$.tactics", document.tactics(), (path, tactic) -> {
				refer(path + ".campaign", tactic.campaign(), this.campaigns);
				items(path + ".components", tactic.components());
				items(path + ".steps", tactic.steps());
			});
			Set<String> unitNames = new HashSet<>();
			document.team().forEach((unit) -> {
				if (unit != null && unit.name() != null) {
					unitNames.add(unit.name().strip());
				}
			});
			each("$.tools", document.tools(), (path, tool) -> refer(path + ".owner_unit",
					(tool.ownerUnit() != null) ? tool.ownerUnit().strip() : null, unitNames));
			each("$.dashboards", document.dashboards(), (path, dashboard) -> {
				for (int i = 0; i < dashboard.kpis().size(); i++) {
					refer(path + ".kpis[" + i + "]", dashboard.kpis().get(i), this.kpis);
				}
			});
			each("$.standards", document.standards(), (path, standard) -> {
			});
		}

		private <T> void each(String path, List<T> items, BiConsumer<String, T> action) {
			for (int i = 0; i < items.size(); i++) {
				T item = items.get(i);
				String itemPath = path + "[" + i + "]";
				if (item == null) {
					if (!reported(itemPath)) {
						problem(itemPath, "error.document.item-required", "is required");
					}
				}
				else {
					action.accept(itemPath, item);
				}
			}
		}

		/** Reports the missing (null) items of a list inside an item. */
		private void items(String path, List<?> items) {
			for (int i = 0; i < items.size(); i++) {
				if (items.get(i) == null) {
					problem(path + "[" + i + "]", "error.document.item-required", "is required");
				}
			}
		}

		private boolean reported(String path) {
			return this.problems.stream().anyMatch((problem) -> problem.path().equals(path));
		}

		private void sections(String path, List<Section> sections) {
			each(path, sections, (itemPath, section) -> sections(itemPath + ".children", section.children()));
		}

		private void lineKeys(String path, List<BudgetLine> lines) {
			each(path, lines, (itemPath, line) -> {
				key(itemPath, line.key(), this.lines, false);
				lineKeys(itemPath + ".children", line.children());
			});
		}

		private void lineReferences(String path, List<BudgetLine> lines) {
			each(path, lines, (itemPath, line) -> {
				refer(itemPath + ".phase", line.phase(), this.phases);
				lineReferences(itemPath + ".children", line.children());
			});
		}

		private void key(String itemPath, String key, Set<String> keys, boolean required) {
			if (key == null || key.isBlank()) {
				if (required) {
					problem(itemPath + ".key", "error.document.key-required", "needs a key");
				}
			}
			else if (!keys.add(key)) {
				problem(itemPath + ".key", "error.document.key-duplicate", "duplicate key '" + key + "'", key);
			}
		}

		private void refer(String path, String key, Set<String> keys) {
			if (key != null && !keys.contains(key)) {
				problem(path, "error.document.reference-unknown", "refers to unknown key '" + key + "'", key);
			}
		}

		private void goalCycles(List<Goal> goals) {
			Map<String, String> parents = new HashMap<>();
			goals.forEach((goal) -> {
				if (goal != null && goal.key() != null && goal.parent() != null) {
					parents.put(goal.key(), goal.parent());
				}
			});
			for (int i = 0; i < goals.size(); i++) {
				Goal goal = goals.get(i);
				if (goal == null || goal.key() == null) {
					continue;
				}
				Set<String> seen = new HashSet<>();
				String current = goal.parent();
				while (current != null && seen.add(current)) {
					if (current.equals(goal.key())) {
						problem("$.goals[" + i + "].parent", "error.document.goal-cycle",
								"goal '" + goal.key() + "' encloses itself", goal.key());
						break;
					}
					current = parents.get(current);
				}
			}
		}

		private void problem(String path, String code, String message, Object... arguments) {
			this.problems.add(new Problem(path, code, List.of(arguments), message));
		}

	}

}
