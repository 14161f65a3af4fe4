package com.marketingplanner.domain.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonProperty;

import com.marketingplanner.analytics.goal.Direction;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.budget.AllocationRuleKind;
import com.marketingplanner.domain.budget.ChannelMetric;
import com.marketingplanner.domain.budget.PercentageBase;
import com.marketingplanner.domain.budget.RuleScope;
import com.marketingplanner.domain.cadence.CadenceKind;
import com.marketingplanner.domain.context.ContextQualifier;
import com.marketingplanner.domain.goal.GoalCategory;
import com.marketingplanner.domain.framework.FrameworkKind;
import com.marketingplanner.domain.goal.GoalHorizon;
import com.marketingplanner.domain.offer.PromotionKind;
import com.marketingplanner.domain.operations.DashboardRefresh;
import com.marketingplanner.domain.operations.DashboardView;
import com.marketingplanner.domain.operations.ToolCategory;
import com.marketingplanner.domain.operations.ToolStatus;
import com.marketingplanner.domain.organisation.FeeBasis;
import com.marketingplanner.domain.organisation.PartnerKind;
import com.marketingplanner.domain.organisation.RecruitmentChannel;
import com.marketingplanner.domain.plan.PlanKind;
import com.marketingplanner.domain.plan.PlanLanguage;
import com.marketingplanner.domain.plan.PlanNoteKind;
import com.marketingplanner.domain.risk.ImpactBase;
import com.marketingplanner.domain.risk.RiskStrategy;
import com.marketingplanner.domain.risk.TriggerCondition;
import com.marketingplanner.domain.shared.CalendarShift;
import com.marketingplanner.domain.shared.Frequency;
import com.marketingplanner.domain.timeline.ComparisonOperator;
import com.marketingplanner.domain.timeline.GateMatch;

/**
 * A whole marketing plan as a JSON document: the plan templates in
 * {@code classpath:plan-templates/}, the export of a plan ({@code GET
 * /api/v1/plans/{id}/document}) and the body of an import
 * ({@code POST /api/v1/plans/import}) are all this one format. The JSON uses snake_case
 * keys and the domain's own enum names. Items refer to each other by document-local
 * {@code key}s (a KPI to its goal, a milestone to its phase, gate KPI and the milestones
 * it depends on, a budget line to its phase, a risk to its warning KPI, a campaign to its
 * budget line and KPIs); channels are referred to by their catalog {@code code}.
 * {@link PlanDocumentImport} builds the plan through the domain's services.
 * <p>
 * A document states the plan as its source states it, including its own inconsistencies
 * (budget lines over the total, shares not summing to 100, conflicting caps): those are
 * warnings for the application to show, not errors of the document. Its {@code notes}
 * keep what the source gets wrong in words and what an import had to adjust.
 * <p>
 * What a plan <em>is</em> is in the document; what happened to it is not: statuses,
 * measured KPI values and actual spend stay with the plan they were recorded on.
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
 * @param budgetPeriods budget periods inside the plan (a year of a multi-year plan) with
 * their budgets
 * @param budgetLines budget lines as a tree
 * @param allocationRules allocation rules
 * @param budgetScenarios named alternatives to the budget
 * @param risks risk register
 * @param crisisLevels the crisis playbook's levels, most severe first
 * @param riskScenarios the scenario library of the risks
 * @param campaigns campaigns
 * @param notes the source's inconsistencies in words, and adjustments made by an import
 * @param cadences the plan's meeting and report rhythm
 * @param team the organisation's team units with their headcounts as stated
 * @param partners partners and vendors (vendors with their fees and caps)
 * @param offBudgetCosts costs the plan keeps outside its budget
 * @param drivers KPI formulas: a KPI's target as a product or quotient of other KPIs and
 * constants
 * @param mixes named groups of shares that must sum to 100 %
 * @param promotions promotions with their mechanics (threshold, discount, schedule)
 * @param tactics tactic specifications (components with counts, timed steps)
 * @param tools the plan's tool stack, planned tools with the date or plan month they are
 * due by
 * @param dashboards the dashboards the plan defines, with their zones and KPIs
 * @param standards the plan's operating standards (SOPs)
 * @param planKind what kind of plan it is (nullable)
 * @param businessContext the business the plan is for (nullable)
 * @param currencyStated whether the source states the currency ({@code false}: assumed;
 * absent: stated)
 * @param contextCurrency the currency of background figures stated in another currency
 * (nullable)
 * @param contextMetrics the baselines and background figures the plan cites that are
 * neither goals nor third-party benchmarks
 * @param frameworks named, ordered lists the plan works with: segments, product tiers,
 * the levels of a model, scenarios, attribution models, undated steps
 */
public record PlanDocument(String title, String description, PlanLanguage language, String currency,
		LocalDate periodStart, LocalDate periodEnd, BigDecimal totalBudget, List<Section> sections, List<Goal> goals,
		List<Kpi> kpis, List<Phase> phases, List<Milestone> milestones, List<BudgetPeriod> budgetPeriods,
		List<BudgetLine> budgetLines, List<AllocationRule> allocationRules, List<BudgetScenario> budgetScenarios,
		List<Risk> risks, List<CrisisLevel> crisisLevels, List<RiskScenario> riskScenarios, List<Campaign> campaigns,
		List<Note> notes, List<Cadence> cadences, List<TeamUnit> team, List<Partner> partners,
		List<OffBudgetCost> offBudgetCosts, List<Driver> drivers, List<Mix> mixes, List<Promotion> promotions,
		List<Tactic> tactics, List<Tool> tools, List<Dashboard> dashboards, List<Standard> standards, PlanKind planKind,
		String businessContext, Boolean currencyStated, String contextCurrency, List<ContextMetric> contextMetrics,
		List<Framework> frameworks) {

	public PlanDocument {
		sections = nullToEmpty(sections);
		goals = nullToEmpty(goals);
		kpis = nullToEmpty(kpis);
		phases = nullToEmpty(phases);
		milestones = nullToEmpty(milestones);
		budgetPeriods = nullToEmpty(budgetPeriods);
		budgetLines = nullToEmpty(budgetLines);
		allocationRules = nullToEmpty(allocationRules);
		budgetScenarios = nullToEmpty(budgetScenarios);
		risks = nullToEmpty(risks);
		crisisLevels = nullToEmpty(crisisLevels);
		riskScenarios = nullToEmpty(riskScenarios);
		campaigns = nullToEmpty(campaigns);
		notes = nullToEmpty(notes);
		cadences = nullToEmpty(cadences);
		team = nullToEmpty(team);
		partners = nullToEmpty(partners);
		offBudgetCosts = nullToEmpty(offBudgetCosts);
		drivers = nullToEmpty(drivers);
		mixes = nullToEmpty(mixes);
		promotions = nullToEmpty(promotions);
		tactics = nullToEmpty(tactics);
		tools = nullToEmpty(tools);
		dashboards = nullToEmpty(dashboards);
		standards = nullToEmpty(standards);
		contextMetrics = nullToEmpty(contextMetrics);
		frameworks = nullToEmpty(frameworks);
	}

	/**
	 * The same plan starting on {@code newStart}: every date of it (period, KPI due
	 * dates, phases, milestones, campaigns) moves by the same calendar shift, so month,
	 * quarter and year ends stay ends ({@link CalendarShift}).
	 */
	public PlanDocument movedTo(LocalDate newStart) {
		if (newStart == null || this.periodStart == null || newStart.equals(this.periodStart)) {
			return this;
		}
		CalendarShift shift = CalendarShift.between(this.periodStart, newStart);
		return new PlanDocument(this.title, this.description, this.language, this.currency,
				shift.apply(this.periodStart), shift.apply(this.periodEnd), this.totalBudget, this.sections, this.goals,
				map(this.kpis,
						(k) -> new Kpi(k.key(), k.goal(), k.name(), k.definition(), k.category(), k.unit(),
								k.direction(), k.targetType(), k.baseline(), k.target(), k.challenge(), k.benchmark(),
								shift.apply(k.dueDate()), k.frequency(), k.owner(), k.isBenchmark(), k.aim())),
				map(this.phases,
						(p) -> new Phase(p.key(), p.name(), shift.apply(p.startDate()), shift.apply(p.endDate()),
								p.focus(), p.scheme())),
				map(this.milestones,
						(m) -> new Milestone(m.key(), m.phase(), m.title(), shift.apply(m.dueDate()), m.deliverable(),
								m.acceptanceCriteria(), m.owner(), m.gate(), m.dependsOn())),
				map(this.budgetPeriods,
						(b) -> new BudgetPeriod(b.name(), shift.apply(b.startDate()), shift.apply(b.endDate()),
								b.amount(), b.note())),
				this.budgetLines, this.allocationRules, this.budgetScenarios, this.risks, this.crisisLevels,
				this.riskScenarios,
				map(this.campaigns,
						(c) -> new Campaign(c.key(), c.name(), c.description(), shift.apply(c.startDate()),
								shift.apply(c.endDate()), c.budgetLine(), c.channels(), c.kpis())),
				this.notes, this.cadences, this.team, this.partners, this.offBudgetCosts, this.drivers, this.mixes,
				this.promotions, this.tactics,
				map(this.tools,
						(t) -> new Tool(t.name(), t.category(), t.purpose(), t.ownerUnit(), t.owner(), t.status(),
								shift.apply(t.plannedBy()), t.plannedMonth(), t.note())),
				this.dashboards, this.standards, this.planKind, this.businessContext, this.currencyStated,
				this.contextCurrency, this.contextMetrics, this.frameworks);
	}

	/** Maps the non-null items of a list, keeping null items as they are. */
	private static <T> List<T> map(List<T> items, UnaryOperator<T> change) {
		return items.stream().map((item) -> (item != null) ? change.apply(item) : null).toList();
	}

	/**
	 * An unmodifiable copy; null elements are kept so that the import can report them.
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
	public record Goal(String key, String parent, String title, String description, GoalCategory category,
			GoalHorizon horizon, String horizonLabel, String owner) {

	}

	/**
	 * A KPI with up to three target levels. For {@link TargetType#RELATIVE_CHANGE} the
	 * target is the change in percent ({@code 18} for +18 %, {@code -15} for −15 %).
	 * {@code isBenchmark} marks a third-party case figure or a suggestion, not a
	 * commitment of the plan. A KPI whose aim the source states only in words has no
	 * target type and no target, and says the aim in {@code aim}.
	 */
	public record Kpi(String key, String goal, String name, String definition, GoalCategory category, String unit,
			Direction direction, TargetType targetType, BigDecimal baseline, BigDecimal target, BigDecimal challenge,
			BigDecimal benchmark, LocalDate dueDate, Frequency frequency, String owner,
			@JsonProperty("is_benchmark") boolean isBenchmark, String aim) {

	}

	/**
	 * A phase of the plan; {@code scheme} names the breakdown of the plan's time it
	 * belongs to (null = the main one).
	 */
	public record Phase(String key, String name, LocalDate startDate, LocalDate endDate, String focus, String scheme) {

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
	 * A milestone gate: {@code conditions} combined by {@code match} ({@code ALL} when
	 * absent, {@code ANY} where the source states alternatives). A document written
	 * before gates had several conditions states one gate as {@code kpi operator value}
	 * with {@code text}: it is read as the first condition (documents are written with
	 * {@code conditions} only).
	 */
	public record Gate(String kpi, ComparisonOperator operator, BigDecimal value, String text, GateMatch match,
			List<Condition> conditions) {

		public Gate {
			conditions = nullToEmpty(conditions);
			if (kpi != null || operator != null || value != null || (text != null && !text.isBlank())) {
				List<Condition> all = new ArrayList<>();
				all.add(new Condition(kpi, operator, value, text));
				all.addAll(conditions);
				conditions = List.copyOf(all);
				kpi = null;
				operator = null;
				value = null;
				text = null;
			}
			match = (match == GateMatch.ALL) ? null : match;
		}

		/** A gate of conditions; {@code ALL} is left implicit. */
		public static Gate of(GateMatch match, List<Condition> conditions) {
			return new Gate(null, null, null, null, match, conditions);
		}

		/** How the conditions combine ({@code ALL} when the document does not say). */
		public GateMatch effectiveMatch() {
			return (this.match != null) ? this.match : GateMatch.ALL;
		}

	}

	/**
	 * One gate condition: a KPI comparison {@code kpi operator value} (for example users
	 * {@code >=} 300000; {@code text} says it in words), or a condition stated only in
	 * words ({@code text}), which a person checks. Checks are what happened to a plan and
	 * stay with it.
	 */
	public record Condition(String kpi, ComparisonOperator operator, BigDecimal value, String text) {

	}

	/**
	 * A budget line: an amount, or a share in percent of a base. {@code channel} is a
	 * channel code when the line is a channel. A tag applies to the line and its
	 * sub-lines, so sub-lines do not repeat the tags of their ancestors (summing a tag
	 * over lines never counts an amount twice).
	 */
	public record BudgetLine(String key, String name, String description, String channel, String phase, Integer quarter,
			BigDecimal plannedAmount, BigDecimal plannedPercentage, PercentageBase percentageBase, List<String> tags,
			List<BudgetLine> children) {

		public BudgetLine {
			tags = nullToEmpty(tags);
			children = nullToEmpty(children);
		}

	}

	/** A budget period and its budget ({@code amount} null = not stated). */
	public record BudgetPeriod(String name, LocalDate startDate, LocalDate endDate, BigDecimal amount, String note) {

	}

	/**
	 * A named alternative to the budget: another total and amounts for some lines (by
	 * line key).
	 */
	public record BudgetScenario(String name, String description, BigDecimal total, List<LineAmount> lineAmounts) {

		public BudgetScenario {
			lineAmounts = nullToEmpty(lineAmounts);
		}

	}

	/** The amount a scenario gives one budget line. */
	public record LineAmount(String line, BigDecimal amount) {

	}

	/**
	 * An allocation rule. {@code scopeValue} is a tag for {@link RuleScope#TAG}, a
	 * channel code for {@link RuleScope#CHANNEL} and a budget-line key for
	 * {@link RuleScope#LINE}. {@code share} is in percent; {@code threshold} is a ratio
	 * (ROI floor, sales per unit of spend) or a percentage (overspend freeze). A
	 * {@code BENCHMARK_RAISE} rule has instead a {@code metric}, its benchmark as
	 * {@code benchmarkValue} or as the benchmark of the KPI {@code benchmarkKpi} (a key)
	 * or neither (only {@code benchmarkText}: not stated), and {@code shareRaise} in
	 * percentage points when stated.
	 */
	public record AllocationRule(AllocationRuleKind kind, RuleScope scopeType, String scopeValue, BigDecimal share,
			BigDecimal threshold, PercentageBase base, String note, ChannelMetric metric, BigDecimal benchmarkValue,
			String benchmarkKpi, String benchmarkText, BigDecimal shareRaise) {

	}

	/**
	 * A risk; {@code probability} 0–1 and the impact only where the source allows: a
	 * level 1–5, an amount, or a share in percent of a base. {@code crisisLevels} are
	 * keys of the playbook's levels that apply to it.
	 */
	public record Risk(String key, String category, String title, String description, BigDecimal probability,
			Integer impact, BigDecimal impactAmount, BigDecimal impactShare, ImpactBase impactBase, String impactText,
			RiskStrategy strategy, String mitigation, String contingency, String owner, Frequency reviewCadence,
			List<Trigger> triggers, String warningText, List<String> crisisLevels) {

		public Risk {
			triggers = nullToEmpty(triggers);
			crisisLevels = nullToEmpty(crisisLevels);
		}

	}

	/**
	 * An early-warning trigger of a risk: a KPI (key) or a metric in words, a condition,
	 * the line(s), the period of a change and the response.
	 */
	public record Trigger(String kpi, String metric, TriggerCondition condition, BigDecimal value,
			BigDecimal upperValue, Integer periodDays, String unit, String response) {

	}

	/** A level of the crisis playbook. */
	public record CrisisLevel(String key, String name, String criteria, String actions, String owner,
			Integer responseMinutes, Integer resolutionMinutes) {

	}

	/**
	 * A scenario of a risk's library; {@code risk} is the key of the risk it belongs to.
	 */
	public record RiskScenario(String risk, String title, String description, List<String> responses,
			String backupChannel) {

		public RiskScenario {
			responses = nullToEmpty(responses);
		}

	}

	/** A campaign with its budget line, channels (codes) and KPIs (keys). */
	public record Campaign(String key, String name, String description, LocalDate startDate, LocalDate endDate,
			String budgetLine, List<String> channels, List<String> kpis) {

		public Campaign {
			channels = nullToEmpty(channels);
			kpis = nullToEmpty(kpis);
		}

	}

	/**
	 * A note on the plan: an inconsistency of the source in words ({@code text}), or an
	 * adjustment an import made ({@code code} = message key, {@code arguments}).
	 * {@code subject} says what it is about (a JSON path or a readable name).
	 */
	public record Note(PlanNoteKind kind, String subject, String code, List<String> arguments, String text) {

		public Note {
			arguments = nullToEmpty(arguments);
		}

	}

	/**
	 * A recurring meeting, report or review of the plan's rhythm. {@code frequency} null
	 * = the source states no rhythm; {@code firstWeek} / {@code lastWeek} the plan weeks
	 * it applies to; {@code metricCount} the metrics a report carries. Weeks count from
	 * the plan start, so a move of the plan keeps them.
	 */
	public record Cadence(String name, CadenceKind kind, Frequency frequency, Integer timesPerPeriod, Integer firstWeek,
			Integer lastWeek, Integer durationMinutes, String owner, String participants, String agenda,
			Integer metricCount) {

	}

	/**
	 * The formula of a KPI's target (by KPI key): a product of its factors, each
	 * multiplied or divided.
	 */
	public record Driver(String kpi, String name, String note, List<Factor> factors) {

		public Driver {
			factors = nullToEmpty(factors);
		}

	}

	/**
	 * A team unit: headcount as a range ({@code headcountMin}–{@code headcountMax}, equal
	 * for an exact number, either end open) and/or a share of the staff in percent, a
	 * structure of leads and specialists, named roles (one per line) and
	 * responsibilities. {@code scheme} names the version of the organisation it belongs
	 * to when the source states several (null = the main one).
	 * {@code recruitmentChannels} lists how it recruits in the source's order (with a
	 * {@code recruitmentNote}); {@code programmeCycleMonths} is the cycle of a programme
	 * it runs.
	 */
	public record TeamUnit(String name, String scheme, Integer headcountMin, Integer headcountMax,
			BigDecimal staffShare, Integer leads, Integer specialistsMin, Integer specialistsMax, String roles,
			String responsibilities, String note, List<RecruitmentChannel> recruitmentChannels, String recruitmentNote,
			Integer programmeCycleMonths) {

		public TeamUnit {
			recruitmentChannels = nullToEmpty(recruitmentChannels);
		}

	}

	/**
	 * A partner or vendor; {@code key} lets a cost outside the budget name the vendor it
	 * pays. A vendor's {@code fee} is an amount on {@code feeBasis} (a share in percent
	 * for {@link FeeBasis#SHARE_OF_BUDGET}); {@code feeCapShare} the most it may be in
	 * percent of the budget.
	 */
	public record Partner(String key, PartnerKind kind, String name, Integer count, String service, BigDecimal fee,
			FeeBasis feeBasis, String feeUnit, BigDecimal feeCapShare, String note) {

	}

	/**
	 * A cost outside the budget: an amount on a basis (fixed, per month, per year), or
	 * none when it is the fee of the vendor {@code partner} (a partner key).
	 */
	public record OffBudgetCost(String name, BigDecimal amount, FeeBasis basis, String partner, String reason) {

	}

	/**
	 * One factor of a driver formula: a KPI (by key) or a constant with an optional
	 * label; {@code divides} true when the formula divides by it (absent = multiplies).
	 */
	public record Factor(String kpi, BigDecimal constant, String label, Boolean divides) {

	}

	/** A named group of shares of one base that must sum to 100 %. */
	public record Mix(String name, String base, String note, List<Share> shares) {

		public Mix {
			shares = nullToEmpty(shares);
		}

	}

	/** One share of a mix in percent; no {@code share} = stated but not legible. */
	public record Share(String label, BigDecimal share) {

	}

	/**
	 * A promotion: {@code threshold} to spend and {@code discountAmount} off it in the
	 * plan's currency, or {@code discountPercent} off; {@code recurrence} and
	 * {@code timeOfDay} ("10:00") when it repeats; {@code windowDays} its window (7 for
	 * 7天无理由退货). {@code campaign} is a campaign key, {@code channel} a channel code,
	 * {@code partner} the key of the partner that carries it.
	 */
	public record Promotion(String name, PromotionKind kind, BigDecimal threshold, BigDecimal discountAmount,
			BigDecimal discountPercent, Frequency recurrence, LocalTime timeOfDay, Integer windowDays, String campaign,
			String channel, String partner, String note) {

	}

	/**
	 * A tactic specification: what one unit of it is ({@code appliesTo}), its
	 * {@code components} with counts and its {@code steps} in order; {@code campaign} is
	 * a campaign key, {@code channel} a channel code.
	 */
	public record Tactic(String name, String appliesTo, String campaign, String channel, List<Component> components,
			List<Step> steps, String note) {

		public Tactic {
			components = nullToEmpty(components);
			steps = nullToEmpty(steps);
		}

	}

	/** One component of a tactic and how many of it. */
	public record Component(String component, Integer quantity) {

	}

	/**
	 * One step of a tactic: the day after the start (absent = order only) and the action.
	 */
	public record Step(Integer day, String action) {

	}

	/**
	 * A tool of the plan's stack; {@code ownerUnit} names a team unit of the document
	 * (the first of that name), {@code owner} an owner in words. A {@code PLANNED} tool
	 * may be due by a date ({@code plannedBy}) or by the end of a month of the plan
	 * ({@code plannedMonth}, 1 = the first).
	 */
	public record Tool(String name, ToolCategory category, String purpose, String ownerUnit, String owner,
			ToolStatus status, LocalDate plannedBy, Integer plannedMonth, String note) {

	}

	/**
	 * A dashboard: its counts of metrics and warning modules, forecast horizon in days,
	 * refresh, the app page that shows it ({@code view}), its named zones with their
	 * rules, and the KPIs (keys) it follows.
	 */
	public record Dashboard(String name, String purpose, Integer metricCount, Integer warningModuleCount,
			Integer forecastHorizonDays, DashboardRefresh refresh, DashboardView view, List<Zone> zones,
			List<String> kpis, String note) {

		public Dashboard {
			zones = nullToEmpty(zones);
			kpis = nullToEmpty(kpis);
		}

	}

	/** A named zone of a dashboard and the rule that puts a figure into it. */
	public record Zone(String name, String rule) {

	}

	/**
	 * An operating standard (SOP): the scenarios it covers, the time limit of its work in
	 * hours, how many days ahead the work starts, the checks it requires and its owner.
	 */
	public record Standard(String name, String scope, Integer scenarioCount, Integer timeLimitHours,
			Integer leadTimeDays, String checks, String owner, String note) {

	}

	/**
	 * A figure the plan cites as background, neither a goal nor a third-party case: a
	 * value in {@code unit} (a range up to {@code upperValue}; bounded by
	 * {@code qualifier}), a change in percent against {@code changeBasis}, a comparison
	 * value with its label, the year it is as of, the source section and a note.
	 */
	public record ContextMetric(String name, ContextQualifier qualifier, BigDecimal value, BigDecimal upperValue,
			String unit, BigDecimal changePercent, String changeBasis, BigDecimal comparisonValue,
			String comparisonLabel, Integer asOfYear, String sourceSection, String note) {

	}

	/**
	 * A framework: a named, ordered list of the {@code kind} it is, from the source's
	 * {@code sourceSection}.
	 */
	public record Framework(FrameworkKind kind, String name, String description, String sourceSection,
			List<FrameworkItem> items) {

		public Framework {
			items = nullToEmpty(items);
		}

	}

	/**
	 * An item of a framework; {@code value} and {@code unit} as the source states them
	 * ({@code %} = a share), {@code attributionModel} the application's model an
	 * attribution item is.
	 */
	public record FrameworkItem(String name, String description, BigDecimal value, String unit,
			String attributionModel) {

	}

}
