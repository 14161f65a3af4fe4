package com.marketingplanner.domain.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A whole marketing plan as a JSON document (the plan templates in
 * {@code classpath:plan-templates/}). The JSON uses snake_case keys. Items refer to each
 * other by document-local {@code key}s (a KPI to its goal, a milestone to its phase, gate
 * KPI and the milestones it depends on, a budget line to its phase, a risk to its warning
 * KPI, a campaign to its budget line and KPIs); channels are referred to by their catalog
 * {@code code}. {@link PlanDocumentImporter} resolves both to database ids.
 * <p>
 * A document states the plan as its source states it, including its own inconsistencies
 * (budget lines over the total, shares not summing to 100, conflicting caps): those are
 * warnings for the application to show, not errors of the document.
 *
 * @param title plan title
 * @param description assumptions and notes on the source
 * @param language {@code ZH} or {@code EN}
 * @param currency ISO 4217 code
 * @param periodStart first day of the plan
 * @param periodEnd last day of the plan
 * @param totalBudget the total budget the plan states (nullable)
 * @param sections outline as a tree of headings (numbers are derived, never typed)
 * @param goals goals
 * @param kpis KPIs, each optionally linked to a goal
 * @param phases phases
 * @param milestones milestones
 * @param budgetLines budget lines as a tree
 * @param allocationRules allocation rules
 * @param risks risk register
 * @param campaigns campaigns
 */
public record PlanDocument(String title, String description, String language, String currency, LocalDate periodStart,
		LocalDate periodEnd, BigDecimal totalBudget, List<Section> sections, List<Goal> goals, List<Kpi> kpis,
		List<Phase> phases, List<Milestone> milestones, List<BudgetLine> budgetLines,
		List<AllocationRule> allocationRules, List<Risk> risks, List<Campaign> campaigns) {

	public PlanDocument {
		sections = nullToEmpty(sections);
		goals = nullToEmpty(goals);
		kpis = nullToEmpty(kpis);
		phases = nullToEmpty(phases);
		milestones = nullToEmpty(milestones);
		budgetLines = nullToEmpty(budgetLines);
		allocationRules = nullToEmpty(allocationRules);
		risks = nullToEmpty(risks);
		campaigns = nullToEmpty(campaigns);
	}

	/**
	 * An unmodifiable copy; null elements are kept so that validation can report them.
	 */
	static <T> List<T> nullToEmpty(List<T> list) {
		return (list != null) ? Collections.unmodifiableList(new ArrayList<>(list)) : List.of();
	}

	/** A heading of the outline with its optional body and sub-headings. */
	public record Section(String heading, String body, List<Section> children) {

		public Section {
			children = nullToEmpty(children);
		}

	}

	/** A goal; {@code parent} is the key of an enclosing goal. */
	public record Goal(String key, String parent, String title, String description, String category, Horizon horizon,
			String horizonLabel, String owner) {

	}

	/**
	 * A KPI with up to three target levels. For {@link TargetType#RELATIVE_CHANGE} the
	 * target is the change in percent ({@code 18} for +18 %, {@code -15} for −15 %).
	 * {@code isBenchmark} marks a third-party case figure or a suggestion, not a
	 * commitment of the plan.
	 */
	public record Kpi(String key, String goal, String name, String definition, String category, String unit,
			Direction direction, TargetType targetType, BigDecimal baseline, BigDecimal target, BigDecimal challenge,
			BigDecimal benchmark, LocalDate dueDate, Frequency frequency, String owner,
			@JsonProperty("is_benchmark") boolean isBenchmark) {

	}

	/** A phase of the plan. */
	public record Phase(String key, String name, LocalDate startDate, LocalDate endDate, String focus) {

	}

	/**
	 * A milestone, optionally in a phase, gated by a KPI and depending on other
	 * milestones.
	 */
	public record Milestone(String key, String phase, String title, LocalDate dueDate, String deliverable,
			String acceptanceCriteria, String owner, Gate gate, List<String> dependsOn) {

		public Milestone {
			dependsOn = nullToEmpty(dependsOn);
		}

	}

	/**
	 * A KPI gate: {@code kpi operator value} (for example users {@code >=} 300000);
	 * {@code text} for a gate the source states only in words.
	 */
	public record Gate(String kpi, String operator, BigDecimal value, String text) {

	}

	/**
	 * A budget line: an amount, or a share in percent of a base, or both as the source
	 * states them. {@code channel} is a channel code when the line is a channel. A tag
	 * applies to the line and its sub-lines, so sub-lines do not repeat the tags of their
	 * ancestors (summing a tag over lines never counts an amount twice). A percentage
	 * without a base is kept when the source does not state the base.
	 */
	public record BudgetLine(String key, String name, String description, String channel, String phase, Integer quarter,
			BigDecimal plannedAmount, BigDecimal plannedPercentage, ShareBase percentageBase, List<String> tags,
			List<BudgetLine> children) {

		public BudgetLine {
			tags = nullToEmpty(tags);
			children = nullToEmpty(children);
		}

	}

	/**
	 * An allocation rule. {@code scopeValue} is a tag for {@link ScopeType#TAG}, a
	 * channel code for {@link ScopeType#CHANNEL} and a budget-line key for
	 * {@link ScopeType#LINE} (stored as the line's id). {@code share} is in percent;
	 * {@code threshold} is a ratio (ROI floor, sales per unit of spend) or a percentage
	 * (overspend freeze).
	 */
	public record AllocationRule(RuleKind kind, ScopeType scopeType, String scopeValue, BigDecimal share,
			BigDecimal threshold, ShareBase base, String note) {

	}

	/**
	 * A risk; {@code probability} 0–1 and {@code impact} 1–5 only where the source
	 * allows.
	 */
	public record Risk(String key, String category, String title, String description, BigDecimal probability,
			Integer impact, BigDecimal impactAmount, String impactText, RiskStrategy strategy, String mitigation,
			String contingency, String owner, Frequency reviewCadence, Warning warning) {

	}

	/** A warning line of a risk: {@code kpi operator threshold}, or only {@code text}. */
	public record Warning(String kpi, String operator, BigDecimal threshold, String text) {

	}

	/** A campaign with its budget line, channels (codes) and KPIs (keys). */
	public record Campaign(String key, String name, String description, LocalDate startDate, LocalDate endDate,
			String budgetLine, List<String> channels, List<String> kpis) {

		public Campaign {
			channels = nullToEmpty(channels);
			kpis = nullToEmpty(kpis);
		}

	}

	public enum Horizon {

		SHORT, MID, LONG

	}

	public enum Direction {

		HIGHER_IS_BETTER, LOWER_IS_BETTER

	}

	public enum TargetType {

		AT_LEAST, AT_MOST, LEVEL, RELATIVE_CHANGE, FROM_TO, MULTIPLE_OF_BENCHMARK

	}

	public enum Frequency {

		REAL_TIME, DAILY, WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY

	}

	public enum ShareBase {

		TOTAL, PARENT, MARKETING, MONTHLY

	}

	public enum RuleKind {

		MIN_SHARE, MAX_SHARE, FIXED_SHARE, RESERVE, CHANNEL_CAP, ROI_FLOOR, SALES_YIELD_FLOOR, OVERSPEND_FREEZE

	}

	public enum ScopeType {

		PLAN, TAG, LINE, CHANNEL

	}

	public enum RiskStrategy {

		AVOID, TRANSFER, MITIGATE, ACCEPT

	}

}
