package com.marketingplanner.domain.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import com.marketingplanner.domain.template.PlanDocument.AllocationRule;
import com.marketingplanner.domain.template.PlanDocument.BudgetLine;
import com.marketingplanner.domain.template.PlanDocument.Campaign;
import com.marketingplanner.domain.template.PlanDocument.Goal;
import com.marketingplanner.domain.template.PlanDocument.Kpi;
import com.marketingplanner.domain.template.PlanDocument.Milestone;
import com.marketingplanner.domain.template.PlanDocument.Risk;
import com.marketingplanner.domain.template.PlanDocument.ScopeType;
import com.marketingplanner.domain.template.PlanDocument.Section;
import com.marketingplanner.domain.template.PlanDocumentInvalidException.Problem;

/**
 * Checks a plan document before anything is written: required fields, dates in order,
 * probabilities 0–1, impact 1–5, non-negative amounts, shares 0–100, known channel codes
 * and no dangling keys. Collects every problem with its JSON path. Inconsistencies of the
 * plan itself (lines over the total, conflicting caps) are not problems.
 */
final class PlanDocumentValidator {

	/** Goal and KPI category codes. */
	static final Set<String> CATEGORIES = Set.of("MKT", "TRF", "CNV", "RET", "BRD", "CON", "TEC", "UX", "SC", "ORG",
			"FIN", "RSK", "ESG");

	private static final Set<String> OPERATORS = Set.of(">=", "<=");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private final Set<String> channelCodes;

	private final List<Problem> problems = new ArrayList<>();

	private final Set<String> goalKeys = new HashSet<>();

	private final Set<String> kpiKeys = new HashSet<>();

	private final Set<String> phaseKeys = new HashSet<>();

	private final Set<String> milestoneKeys = new HashSet<>();

	private final Set<String> lineKeys = new HashSet<>();

	private PlanDocumentValidator(Set<String> channelCodes) {
		this.channelCodes = channelCodes;
	}

	/**
	 * Validates a document against the given channel catalog.
	 * @throws PlanDocumentInvalidException listing every problem, when there is any
	 */
	static void validate(PlanDocument document, Set<String> channelCodes) {
		validate(document, channelCodes, List.of());
	}

	/**
	 * Validates a document and reports its problems together with problems found
	 * elsewhere (for example in the import options).
	 * @throws PlanDocumentInvalidException listing every problem, when there is any
	 */
	static void validate(PlanDocument document, Set<String> channelCodes, List<Problem> otherProblems) {
		PlanDocumentValidator validator = new PlanDocumentValidator(channelCodes);
		validator.problems.addAll(otherProblems);
		if (document == null) {
			validator.problem("$", "document is missing");
		}
		else {
			validator.check(document);
		}
		if (!validator.problems.isEmpty()) {
			throw new PlanDocumentInvalidException(validator.problems);
		}
	}

	private void check(PlanDocument document) {
		text("$.title", document.title(), true, 300);
		if (document.language() != null && !Set.of("EN", "ZH").contains(document.language())) {
			problem("$.language", "must be EN or ZH, was '" + document.language() + "'");
		}
		if (document.currency() != null && !CURRENCY.matcher(document.currency()).matches()) {
			problem("$.currency", "must be an ISO 4217 code such as CNY, was '" + document.currency() + "'");
		}
		dates("$", "period_start", document.periodStart(), "period_end", document.periodEnd(), true);
		money("$.total_budget", document.totalBudget());
		each("$.sections", document.sections(), this::section);
		collectKeys(document);
		each("$.goals", document.goals(), this::goal);
		each("$.kpis", document.kpis(), this::kpi);
		each("$.phases", document.phases(), (path, phase) -> {
			text(path + ".name", phase.name(), true, 200);
			dates(path, "start_date", phase.startDate(), "end_date", phase.endDate(), true);
		});
		each("$.milestones", document.milestones(), this::milestone);
		goalCycles(document.goals());
		milestoneCycles(document.milestones());
		each("$.budget_lines", document.budgetLines(), this::budgetLine);
		each("$.allocation_rules", document.allocationRules(), this::rule);
		each("$.risks", document.risks(), this::risk);
		each("$.campaigns", document.campaigns(), this::campaign);
	}

	/**
	 * Checks every item of a list with its path ({@code path[i]}); a null item is
	 * reported and skipped.
	 */
	private <T> void each(String path, List<T> items, BiConsumer<String, T> check) {
		for (int i = 0; i < items.size(); i++) {
			T item = items.get(i);
			if (item == null) {
				problem(path + "[" + i + "]", "is required");
			}
			else {
				check.accept(path + "[" + i + "]", item);
			}
		}
	}

	/** Like {@link #each} without reporting nulls (they are reported once by it). */
	private static <T> void present(List<T> items, BiConsumer<Integer, T> action) {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) != null) {
				action.accept(i, items.get(i));
			}
		}
	}

	private void collectKeys(PlanDocument document) {
		present(document.goals(), (i, goal) -> key("$.goals[" + i + "].key", goal.key(), this.goalKeys, true));
		present(document.kpis(), (i, kpi) -> key("$.kpis[" + i + "].key", kpi.key(), this.kpiKeys, true));
		present(document.phases(), (i, phase) -> key("$.phases[" + i + "].key", phase.key(), this.phaseKeys, true));
		present(document.milestones(),
				(i, milestone) -> key("$.milestones[" + i + "].key", milestone.key(), this.milestoneKeys, true));
		collectLineKeys("$.budget_lines", document.budgetLines());
		Set<String> riskKeys = new HashSet<>();
		present(document.risks(), (i, risk) -> key("$.risks[" + i + "].key", risk.key(), riskKeys, false));
		Set<String> campaignKeys = new HashSet<>();
		present(document.campaigns(),
				(i, campaign) -> key("$.campaigns[" + i + "].key", campaign.key(), campaignKeys, false));
	}

	private void collectLineKeys(String path, List<BudgetLine> lines) {
		present(lines, (i, line) -> {
			String linePath = path + "[" + i + "]";
			key(linePath + ".key", line.key(), this.lineKeys, false);
			collectLineKeys(linePath + ".children", line.children());
		});
	}

	private void section(String path, Section section) {
		text(path + ".heading", section.heading(), true, 300);
		each(path + ".children", section.children(), this::section);
	}

	private void goal(String path, Goal goal) {
		text(path + ".title", goal.title(), true, 300);
		category(path + ".category", goal.category(), true);
		required(path + ".horizon", goal.horizon());
		text(path + ".horizon_label", goal.horizonLabel(), false, 100);
		text(path + ".owner", goal.owner(), false, 200);
		reference(path + ".parent", goal.parent(), this.goalKeys, "goal");
		if (goal.parent() != null && goal.parent().equals(goal.key())) {
			problem(path + ".parent", "a goal cannot be its own parent");
		}
	}

	private void kpi(String path, Kpi kpi) {
		text(path + ".name", kpi.name(), true, 300);
		category(path + ".category", kpi.category(), false);
		text(path + ".unit", kpi.unit(), false, 50);
		text(path + ".owner", kpi.owner(), false, 200);
		required(path + ".direction", kpi.direction());
		required(path + ".target_type", kpi.targetType());
		required(path + ".target", kpi.target());
		fits(path + ".baseline", kpi.baseline(), 30, 6);
		fits(path + ".target", kpi.target(), 30, 6);
		fits(path + ".challenge", kpi.challenge(), 30, 6);
		fits(path + ".benchmark", kpi.benchmark(), 30, 6);
		reference(path + ".goal", kpi.goal(), this.goalKeys, "goal");
	}

	private void milestone(String path, Milestone milestone) {
		text(path + ".title", milestone.title(), true, 300);
		required(path + ".due_date", milestone.dueDate());
		text(path + ".owner", milestone.owner(), false, 200);
		reference(path + ".phase", milestone.phase(), this.phaseKeys, "phase");
		if (milestone.gate() != null) {
			String gatePath = path + ".gate";
			reference(gatePath + ".kpi", milestone.gate().kpi(), this.kpiKeys, "KPI");
			operator(gatePath + ".operator", milestone.gate().operator());
			text(gatePath + ".text", milestone.gate().text(), false, 300);
			fits(gatePath + ".value", milestone.gate().value(), 30, 6);
			if (milestone.gate().value() != null && milestone.gate().operator() == null) {
				problem(gatePath + ".operator", "is required when a gate value is given");
			}
		}
		for (int i = 0; i < milestone.dependsOn().size(); i++) {
			String dependency = milestone.dependsOn().get(i);
			String dependencyPath = path + ".depends_on[" + i + "]";
			if (dependency == null) {
				problem(dependencyPath, "is required");
			}
			else if (dependency.equals(milestone.key())) {
				problem(dependencyPath, "a milestone cannot depend on itself");
			}
			else {
				reference(dependencyPath, dependency, this.milestoneKeys, "milestone");
			}
		}
	}

	private void budgetLine(String path, BudgetLine line) {
		text(path + ".name", line.name(), true, 300);
		money(path + ".planned_amount", line.plannedAmount());
		nonNegative(path + ".planned_percentage", line.plannedPercentage());
		fits(path + ".planned_percentage", line.plannedPercentage(), 9, 4);
		channel(path + ".channel", line.channel());
		reference(path + ".phase", line.phase(), this.phaseKeys, "phase");
		if (line.quarter() != null && (line.quarter() < 1 || line.quarter() > 4)) {
			problem(path + ".quarter", "must be 1 to 4, was " + line.quarter());
		}
		for (int i = 0; i < line.tags().size(); i++) {
			text(path + ".tags[" + i + "]", line.tags().get(i), true, 50);
		}
		each(path + ".children", line.children(), this::budgetLine);
	}

	private void rule(String path, AllocationRule rule) {
		required(path + ".kind", rule.kind());
		required(path + ".scope_type", rule.scopeType());
		text(path + ".scope_value", rule.scopeValue(), false, 100);
		if (rule.share() != null
				&& (rule.share().signum() < 0 || rule.share().compareTo(BigDecimal.valueOf(100)) > 0)) {
			problem(path + ".share", "must be a percentage from 0 to 100, was " + rule.share().toPlainString());
		}
		fits(path + ".share", rule.share(), 9, 4);
		nonNegative(path + ".threshold", rule.threshold());
		fits(path + ".threshold", rule.threshold(), 19, 6);
		if (rule.scopeType() == ScopeType.CHANNEL) {
			if (rule.scopeValue() == null) {
				problem(path + ".scope_value", "a channel code is required for scope CHANNEL");
			}
			else {
				channel(path + ".scope_value", rule.scopeValue());
			}
		}
		else if (rule.scopeType() == ScopeType.LINE) {
			if (rule.scopeValue() == null) {
				problem(path + ".scope_value", "a budget-line key is required for scope LINE");
			}
			else {
				reference(path + ".scope_value", rule.scopeValue(), this.lineKeys, "budget line");
			}
		}
		else if (rule.scopeType() == ScopeType.TAG && isBlank(rule.scopeValue())) {
			problem(path + ".scope_value", "a tag is required for scope TAG");
		}
	}

	private void risk(String path, Risk risk) {
		text(path + ".category", risk.category(), true, 50);
		text(path + ".title", risk.title(), true, 300);
		text(path + ".owner", risk.owner(), false, 200);
		if (risk.probability() != null
				&& (risk.probability().signum() < 0 || risk.probability().compareTo(BigDecimal.ONE) > 0)) {
			problem(path + ".probability", "must be from 0 to 1, was " + risk.probability().toPlainString());
		}
		if (risk.impact() != null && (risk.impact() < 1 || risk.impact() > 5)) {
			problem(path + ".impact", "must be 1 to 5, was " + risk.impact());
		}
		fits(path + ".probability", risk.probability(), 5, 4);
		money(path + ".impact_amount", risk.impactAmount());
		if (risk.warning() != null) {
			String warningPath = path + ".warning";
			reference(warningPath + ".kpi", risk.warning().kpi(), this.kpiKeys, "KPI");
			operator(warningPath + ".operator", risk.warning().operator());
			text(warningPath + ".text", risk.warning().text(), false, 300);
			fits(warningPath + ".threshold", risk.warning().threshold(), 30, 6);
			if (risk.warning().threshold() != null && risk.warning().operator() == null) {
				problem(warningPath + ".operator", "is required when a warning threshold is given");
			}
		}
	}

	private void campaign(String path, Campaign campaign) {
		text(path + ".name", campaign.name(), true, 300);
		dates(path, "start_date", campaign.startDate(), "end_date", campaign.endDate(), true);
		reference(path + ".budget_line", campaign.budgetLine(), this.lineKeys, "budget line");
		for (int i = 0; i < campaign.channels().size(); i++) {
			String code = campaign.channels().get(i);
			if (code == null) {
				problem(path + ".channels[" + i + "]", "is required");
			}
			else {
				channel(path + ".channels[" + i + "]", code);
			}
		}
		for (int i = 0; i < campaign.kpis().size(); i++) {
			String kpi = campaign.kpis().get(i);
			if (kpi == null) {
				problem(path + ".kpis[" + i + "]", "is required");
			}
			else {
				reference(path + ".kpis[" + i + "]", kpi, this.kpiKeys, "KPI");
			}
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
			if (goals.get(i) == null) {
				continue;
			}
			String start = goals.get(i).key();
			Set<String> seen = new HashSet<>();
			String current = parents.get(start);
			while (current != null && seen.add(current)) {
				if (current.equals(start) && !start.equals(goals.get(i).parent())) {
					problem("$.goals[" + i + "].parent", "goal '" + start + "' is its own ancestor");
					break;
				}
				current = parents.get(current);
			}
		}
	}

	private void milestoneCycles(List<Milestone> milestones) {
		Map<String, List<String>> dependencies = new HashMap<>();
		milestones.forEach((milestone) -> {
			if (milestone != null && milestone.key() != null) {
				dependencies.put(milestone.key(), milestone.dependsOn());
			}
		});
		for (int i = 0; i < milestones.size(); i++) {
			if (milestones.get(i) == null) {
				continue;
			}
			String start = milestones.get(i).key();
			if (start != null && reaches(dependencies, start, start, new HashSet<>())
					&& !milestones.get(i).dependsOn().contains(start)) {
				problem("$.milestones[" + i + "].depends_on",
						"milestone '" + start + "' depends on itself through a cycle");
			}
		}
	}

	private static boolean reaches(Map<String, List<String>> dependencies, String from, String target,
			Set<String> seen) {
		for (String next : dependencies.getOrDefault(from, List.of())) {
			if (target.equals(next)) {
				return true;
			}
			if (next != null && seen.add(next) && reaches(dependencies, next, target, seen)) {
				return true;
			}
		}
		return false;
	}

	private void key(String path, String key, Set<String> keys, boolean required) {
		if (isBlank(key)) {
			if (required) {
				problem(path, "is required");
			}
		}
		else if (!keys.add(key)) {
			problem(path, "duplicate key '" + key + "'");
		}
	}

	private void reference(String path, String key, Set<String> keys, String kind) {
		if (key != null && !keys.contains(key)) {
			problem(path, "refers to unknown " + kind + " key '" + key + "'");
		}
	}

	private void channel(String path, String code) {
		if (code != null && !this.channelCodes.contains(code)) {
			problem(path, "unknown channel code '" + code + "'");
		}
	}

	private void category(String path, String category, boolean required) {
		if (category == null) {
			if (required) {
				problem(path, "is required");
			}
		}
		else if (!CATEGORIES.contains(category)) {
			problem(path, "unknown category '" + category + "'; expected one of " + CATEGORIES);
		}
	}

	private void operator(String path, String operator) {
		if (operator != null && !OPERATORS.contains(operator)) {
			problem(path, "must be >= or <=, was '" + operator + "'");
		}
	}

	private void dates(String path, String startName, LocalDate start, String endName, LocalDate end,
			boolean required) {
		if (required) {
			required(path + "." + startName, start);
			required(path + "." + endName, end);
		}
		if (start != null && end != null && end.isBefore(start)) {
			problem(path + "." + endName, endName + " " + end + " is before " + startName + " " + start);
		}
	}

	private void money(String path, BigDecimal value) {
		nonNegative(path, value);
		fits(path, value, 19, 2);
	}

	/** The value fits a NUMERIC(precision, scale) column without rounding. */
	private void fits(String path, BigDecimal value, int precision, int scale) {
		if (value == null) {
			return;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		if (Math.max(stripped.scale(), 0) > scale) {
			problem(path, "has more than " + scale + " decimal places: " + value.toPlainString());
		}
		else if (stripped.precision() - stripped.scale() > precision - scale) {
			problem(path, "is too large: " + value.toPlainString());
		}
	}

	private void nonNegative(String path, BigDecimal value) {
		if (value != null && value.signum() < 0) {
			problem(path, "must not be negative, was " + value.toPlainString());
		}
	}

	private void required(String path, Object value) {
		if (value == null) {
			problem(path, "is required");
		}
	}

	private void text(String path, String value, boolean required, int maxLength) {
		if (isBlank(value)) {
			if (required) {
				problem(path, "is required");
			}
		}
		else if (value.length() > maxLength) {
			problem(path, "is longer than " + maxLength + " characters");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private void problem(String path, String message) {
		this.problems.add(new Problem(path, message));
	}

}
