package com.marketingplanner.domain.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import com.marketingplanner.domain.budget.AllocationRuleCommand;
import com.marketingplanner.domain.budget.AllocationRuleService;
import com.marketingplanner.domain.budget.BudgetLineCommand;
import com.marketingplanner.domain.budget.BudgetPeriodCommand;
import com.marketingplanner.domain.budget.BudgetPeriodService;
import com.marketingplanner.domain.budget.BudgetScenarioCommand;
import com.marketingplanner.domain.budget.BudgetScenarioService;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.budget.RuleScope;
import com.marketingplanner.domain.cadence.CadenceCommand;
import com.marketingplanner.domain.cadence.CadenceService;
import com.marketingplanner.domain.campaign.CampaignCommand;
import com.marketingplanner.domain.campaign.CampaignService;
import com.marketingplanner.domain.context.ContextMetricCommand;
import com.marketingplanner.domain.context.ContextMetricService;
import com.marketingplanner.domain.driver.KpiFormulaCommand;
import com.marketingplanner.domain.driver.KpiFormulaService;
import com.marketingplanner.domain.driver.PlanMixCommand;
import com.marketingplanner.domain.driver.PlanMixService;
import com.marketingplanner.domain.framework.FrameworkCommand;
import com.marketingplanner.domain.framework.FrameworkItemCommand;
import com.marketingplanner.domain.framework.FrameworkService;
import com.marketingplanner.domain.goal.GoalCommand;
import com.marketingplanner.domain.goal.GoalService;
import com.marketingplanner.domain.goal.KpiCommand;
import com.marketingplanner.domain.goal.KpiService;
import com.marketingplanner.domain.offer.OfferService;
import com.marketingplanner.domain.offer.PromotionCommand;
import com.marketingplanner.domain.offer.TacticCommand;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanNote;
import com.marketingplanner.domain.plan.PlanNoteCommand;
import com.marketingplanner.domain.plan.PlanNoteKind;
import com.marketingplanner.domain.plan.PlanNoteService;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.plan.SectionCommand;
import com.marketingplanner.domain.plan.SectionService;
import com.marketingplanner.domain.operations.DashboardCommand;
import com.marketingplanner.domain.operations.OperatingStandardCommand;
import com.marketingplanner.domain.operations.OperationsService;
import com.marketingplanner.domain.operations.PlanToolCommand;
import com.marketingplanner.domain.organisation.OffBudgetCostCommand;
import com.marketingplanner.domain.organisation.OrganisationService;
import com.marketingplanner.domain.organisation.PartnerCommand;
import com.marketingplanner.domain.organisation.TeamUnitCommand;
import com.marketingplanner.domain.risk.CrisisLevelCommand;
import com.marketingplanner.domain.risk.CrisisPlaybookService;
import com.marketingplanner.domain.risk.RiskCommand;
import com.marketingplanner.domain.risk.RiskScenarioCommand;
import com.marketingplanner.domain.risk.RiskScenarioService;
import com.marketingplanner.domain.risk.RiskService;
import com.marketingplanner.domain.risk.RiskTriggerCommand;
import com.marketingplanner.domain.shared.DomainException;
import com.marketingplanner.domain.template.PlanDocument.BudgetLine;
import com.marketingplanner.domain.template.PlanDocument.Goal;
import com.marketingplanner.domain.template.PlanDocument.Kpi;
import com.marketingplanner.domain.template.PlanDocument.Milestone;
import com.marketingplanner.domain.template.PlanDocument.Section;
import com.marketingplanner.domain.template.PlanDocumentInvalidException.Problem;
import com.marketingplanner.domain.timeline.DependencyGraph;
import com.marketingplanner.domain.timeline.GateConditionCommand;
import com.marketingplanner.domain.timeline.MilestoneCommand;
import com.marketingplanner.domain.timeline.MilestoneService;
import com.marketingplanner.domain.timeline.PhaseCommand;
import com.marketingplanner.domain.timeline.PhaseService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a plan from a {@link PlanDocument} through the domain, in one transaction:
 * every item becomes a command that is checked with its Bean Validation constraints and
 * handed to its feature's service, which builds the entity with its constructor and
 * intention methods. There is no second set of rules here: what the import adds is only
 * what a document has and a form has not — keys that refer to items of the same document.
 * <p>
 * Either the whole plan is stored or nothing is. The import does not stop at the first
 * problem: it goes on and reports every problem it finds, each with the JSON path of the
 * value and a message key ({@link PlanDocumentInvalidException}); then nothing is kept.
 * <p>
 * <b>The lenient path.</b> Seed plans contradict themselves, and a plan is kept as its
 * source states it. Where a domain rule would refuse a value that a source plausibly
 * states ({@link ImportAdjustments}), the import adjusts the value the way the rule
 * explains, goes on, and records the adjustment as a
 * {@link PlanNoteKind#IMPORT_ADJUSTMENT note} on the plan, so that nothing changes
 * without a trace.
 */
@Service
public class PlanDocumentImport {

	private static final Pattern MESSAGE_KEY = Pattern.compile("\\{([^{}]+)}");

	private final PlanService plans;

	private final PlanNoteService notes;

	private final SectionService sections;

	private final GoalService goals;

	private final KpiService kpis;

	private final PhaseService phases;

	private final MilestoneService milestones;

	private final BudgetService budget;

	private final AllocationRuleService rules;

	private final BudgetPeriodService budgetPeriods;

	private final BudgetScenarioService budgetScenarios;

	private final RiskService risks;

	private final CrisisPlaybookService playbook;

	private final RiskScenarioService scenarios;

	private final CampaignService campaigns;

	private final CadenceService cadences;

	private final OrganisationService organisation;

	private final Validator validator;

	private final KpiFormulaService formulas;

	private final PlanMixService mixes;

	private final OfferService offers;

	private final OperationsService operations;

	private final ContextMetricService contextMetrics;

	private final FrameworkService frameworks;

	public PlanDocumentImport(PlanService plans, PlanNoteService notes, SectionService sections, GoalService goals,
			KpiService kpis, PhaseService phases, MilestoneService milestones, BudgetService budget,
			AllocationRuleService rules, BudgetPeriodService budgetPeriods, BudgetScenarioService budgetScenarios,
			RiskService risks, CrisisPlaybookService playbook, RiskScenarioService scenarios, CampaignService campaigns,
			CadenceService cadences, OrganisationService organisation, KpiFormulaService formulas, PlanMixService mixes,
			OfferService offers, OperationsService operations, ContextMetricService contextMetrics,
			FrameworkService frameworks, ObjectProvider<Validator> validator) {
		this.frameworks = frameworks;
		this.offers = offers;
		this.operations = operations;
		this.contextMetrics = contextMetrics;
		this.formulas = formulas;
		this.mixes = mixes;
		this.plans = plans;
		this.notes = notes;
		this.sections = sections;
		this.goals = goals;
		this.kpis = kpis;
		this.phases = phases;
		this.milestones = milestones;
		this.budget = budget;
		this.rules = rules;
		this.budgetPeriods = budgetPeriods;
		this.budgetScenarios = budgetScenarios;
		this.risks = risks;
		this.playbook = playbook;
		this.scenarios = scenarios;
		this.campaigns = campaigns;
		this.cadences = cadences;
		this.organisation = organisation;
		this.validator = validator.getIfAvailable(() -> Validation.buildDefaultValidatorFactory().getValidator());
	}

	/**
	 * Imports a plan document.
	 * @param document the plan
	 * @param options owner, optional title and start-date overrides, template code
	 * @return the new plan's id and the adjustments the lenient path made
	 * @throws PlanDocumentInvalidException listing every problem of the document; nothing
	 * is kept
	 */
	@Transactional
	public ImportResult importPlan(PlanDocument document, ImportOptions options) {
		if (document == null) {
			throw new PlanDocumentInvalidException(
					List.of(new Problem("$", "error.document.required", List.of(), "The document is missing")));
		}
		DocumentKeys keys = DocumentKeys.check(document);
		if (!keys.problems().isEmpty()) {
			throw new PlanDocumentInvalidException(keys.problems());
		}
		Run run = new Run(document.movedTo(options.startDateOverride()), options);
		return run.execute();
	}

	/** One import: the keys resolved so far, the problems and the adjustments. */
	private final class Run {

		private final PlanDocument document;

		private final ImportOptions options;

		private final List<Problem> problems = new ArrayList<>();

		private final ImportAdjustments adjustments = new ImportAdjustments();

		private final Map<String, Long> goalIds = new HashMap<>();

		private final Map<String, Long> kpiIds = new HashMap<>();

		private final Map<String, Long> phaseIds = new HashMap<>();

		private final Map<String, Long> milestoneIds = new HashMap<>();

		private final Map<String, Long> lineIds = new HashMap<>();

		private final Map<String, Long> crisisLevelIds = new HashMap<>();

		private final Map<String, Long> riskIds = new HashMap<>();

		private final Map<String, Long> partnerIds = new HashMap<>();

		private final Map<String, Long> campaignIds = new HashMap<>();

		/** The first team unit of each name, for the tools' owners. */
		private final Map<String, Long> unitIdsByName = new HashMap<>();

		/**
		 * Keys of items that could not be created; references to them are not reported.
		 */
		private final Set<String> failed = new HashSet<>();

		private long planId;

		Run(PlanDocument document, ImportOptions options) {
			this.document = document;
			this.options = options;
		}

		ImportResult execute() {
			Plan plan = createPlan();
			if (plan == null) {
				throw new PlanDocumentInvalidException(this.problems);
			}
			this.planId = plan.getId();
			addSections(null, this.document.sections(), "$.sections");
			addGoals();
			addKpis();
			addPhases();
			addMilestones();
			addBudgetPeriods();
			addBudgetLines(null, this.document.budgetLines(), "$.budget_lines");
			addRules();
			addBudgetScenarios();
			addCrisisLevels();
			addRisks();
			addRiskScenarios();
			addCampaigns();
			addNotes();
			addCadences();
			addTeam();
			addPartners();
			addOffBudgetCosts();
			addDrivers();
			addMixes();
			addPromotions();
			addTactics();
			addTools();
			addDashboards();
			addStandards();
			addContextMetrics();
			addFrameworks();
			if (!this.problems.isEmpty()) {
				throw new PlanDocumentInvalidException(this.problems);
			}
			List<PlanNote> recorded = new ArrayList<>();
			for (ImportAdjustments.Adjustment adjustment : this.adjustments.all()) {
				recorded.add(PlanDocumentImport.this.notes.add(this.planId,
						new PlanNoteCommand(PlanNoteKind.IMPORT_ADJUSTMENT, adjustment.path(), adjustment.code(),
								adjustment.arguments(), null)));
			}
			return new ImportResult(this.planId, recorded);
		}

		private Plan createPlan() {
			String title = (this.options.titleOverride() != null && !this.options.titleOverride().isBlank())
					? this.options.titleOverride().strip() : this.document.title();
			PlanCommand command = new PlanCommand(title, this.document.description(), this.document.language(),
					this.document.currency(), this.document.periodStart(), this.document.periodEnd(),
					this.document.totalBudget(), null, this.document.planKind(), this.document.businessContext(),
					this.document.currencyStated(), this.document.contextCurrency());
			return attempt("$", FieldPaths.PLAN, command, () -> PlanDocumentImport.this.plans.create(command,
					this.options.ownerUsername(), this.options.templateCode()));
		}

		private void addSections(Long parentId, List<Section> list, String path) {
			for (int i = 0; i < list.size(); i++) {
				Section section = list.get(i);
				String itemPath = path + "[" + i + "]";
				SectionCommand command = new SectionCommand(parentId, null, section.heading(), section.body(), null);
				var created = attempt(itemPath, FieldPaths.NONE, command,
						() -> PlanDocumentImport.this.sections.add(this.planId, command));
				if (created != null) {
					addSections(created.getId(), section.children(), itemPath + ".children");
				}
			}
		}

		/** Goals in document order, each after its parent (the keys have no cycle). */
		private void addGoals() {
			List<Goal> pending = new ArrayList<>(this.document.goals());
			while (!pending.isEmpty()) {
				Goal next = pending.stream()
					.filter((goal) -> goal.parent() == null || this.goalIds.containsKey(goal.parent())
							|| this.failed.contains(goal.parent()))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("goal keys form a cycle"));
				pending.remove(next);
				if (next.parent() != null && this.failed.contains(next.parent())) {
					this.failed.add(next.key());
					continue;
				}
				String path = "$.goals[" + this.document.goals().indexOf(next) + "]";
				GoalCommand command = new GoalCommand(next.title(), next.description(), next.category(), next.horizon(),
						next.horizonLabel(), id(this.goalIds, next.parent()), next.owner(), null);
				remember(this.goalIds, next.key(), attempt(path, FieldPaths.GOAL, command,
						() -> PlanDocumentImport.this.goals.create(this.planId, command).getId()));
			}
		}

		private void addKpis() {
			List<Kpi> list = this.document.kpis();
			for (int i = 0; i < list.size(); i++) {
				Kpi kpi = list.get(i);
				String path = "$.kpis[" + i + "]";
				if (isFailed(kpi.goal())) {
					this.failed.add(kpi.key());
					continue;
				}
				KpiCommand command = this.adjustments.kpi(path,
						new KpiCommand(id(this.goalIds, kpi.goal()), kpi.name(), kpi.definition(), kpi.category(),
								kpi.unit(), kpi.direction(), kpi.targetType(), kpi.baseline(), kpi.target(),
								kpi.challenge(), kpi.benchmark(), kpi.dueDate(), kpi.frequency(), kpi.owner(),
								kpi.isBenchmark(), kpi.aim(), null, null));
				remember(this.kpiIds, kpi.key(), attempt(path, FieldPaths.KPI, command,
						() -> PlanDocumentImport.this.kpis.create(this.planId, command).getId()));
			}
		}

		private void addPhases() {
			var list = this.document.phases();
			for (int i = 0; i < list.size(); i++) {
				var phase = list.get(i);
				PhaseCommand command = new PhaseCommand(phase.name(), phase.startDate(), phase.endDate(), phase.focus(),
						phase.scheme(), i, null);
				remember(this.phaseIds, phase.key(), attempt("$.phases[" + i + "]", FieldPaths.NONE, command,
						() -> PlanDocumentImport.this.phases.add(this.planId, command).getId()));
			}
		}

		/**
		 * Milestones first without their dependencies (a milestone may depend on one
		 * listed after it), then their dependencies in document order.
		 */
		private void addMilestones() {
			List<Milestone> list = this.document.milestones();
			for (int i = 0; i < list.size(); i++) {
				Milestone milestone = list.get(i);
				String path = "$.milestones[" + i + "]";
				var gate = milestone.gate();
				if (isFailed(milestone.phase())
						|| (gate != null && gate.conditions().stream().anyMatch((c) -> isFailed(c.kpi())))) {
					this.failed.add(milestone.key());
					continue;
				}
				List<GateConditionCommand> conditions = (gate != null) ? gate.conditions()
					.stream()
					.map((c) -> new GateConditionCommand(id(this.kpiIds, c.kpi()), c.operator(), c.value(), c.text()))
					.toList() : List.of();
				MilestoneCommand command = new MilestoneCommand(milestone.title(), milestone.dueDate(),
						id(this.phaseIds, milestone.phase()), milestone.deliverable(), milestone.acceptanceCriteria(),
						null, milestone.owner(), Set.of(), null, null, null, null, null,
						(gate != null) ? gate.effectiveMatch() : null, conditions);
				remember(this.milestoneIds, milestone.key(), attempt(path, FieldPaths.MILESTONE, command,
						() -> PlanDocumentImport.this.milestones.add(this.planId, command).getId()));
			}
			Map<Long, Set<Long>> edges = new HashMap<>();
			for (int i = 0; i < list.size(); i++) {
				Milestone milestone = list.get(i);
				Long id = this.milestoneIds.get(milestone.key());
				if (id == null || milestone.dependsOn().isEmpty()) {
					continue;
				}
				String path = "$.milestones[" + i + "]";
				Set<Long> dependsOn = new LinkedHashSet<>();
				for (String key : milestone.dependsOn()) {
					Long target = this.milestoneIds.get(key);
					if (target == null) {
						continue;
					}
					Set<Long> candidate = new LinkedHashSet<>(dependsOn);
					candidate.add(target);
					if (new DependencyGraph(edges).cycleIfDependsOn(id, candidate).isPresent()) {
						this.adjustments.droppedDependency(path + ".depends_on", milestone.title(), key);
					}
					else {
						dependsOn.add(target);
					}
				}
				edges.put(id, dependsOn);
				var current = PlanDocumentImport.this.milestones.get(this.planId, id);
				MilestoneCommand command = MilestoneCommand.from(current).dependingOn(dependsOn);
				attempt(path, FieldPaths.MILESTONE, command,
						() -> PlanDocumentImport.this.milestones.update(this.planId, id, command));
			}
		}

		private void addBudgetLines(Long parentId, List<BudgetLine> list, String path) {
			for (int i = 0; i < list.size(); i++) {
				BudgetLine line = list.get(i);
				String itemPath = path + "[" + i + "]";
				if (isFailed(line.phase())) {
					failTree(line);
					continue;
				}
				BudgetLineCommand command = new BudgetLineCommand(parentId, null, line.name(), line.description(),
						line.channel(), id(this.phaseIds, line.phase()), line.quarter(), line.plannedAmount(),
						line.plannedPercentage(), line.percentageBase(), line.tags(), null);
				Long id = attempt(itemPath, FieldPaths.BUDGET_LINE, command,
						() -> PlanDocumentImport.this.budget.addLine(this.planId, command).value().getId());
				if (id == null) {
					failTree(line);
					continue;
				}
				if (line.key() != null) {
					this.lineIds.put(line.key(), id);
				}
				addBudgetLines(id, line.children(), itemPath + ".children");
			}
		}

		private void addBudgetPeriods() {
			var list = this.document.budgetPeriods();
			for (int i = 0; i < list.size(); i++) {
				var period = list.get(i);
				BudgetPeriodCommand command = new BudgetPeriodCommand(period.name(), period.startDate(),
						period.endDate(), period.amount(), period.note(), null);
				attempt("$.budget_periods[" + i + "]", FieldPaths.NONE, command,
						() -> PlanDocumentImport.this.budgetPeriods.add(this.planId, command));
			}
		}

		private void addBudgetScenarios() {
			var list = this.document.budgetScenarios();
			for (int i = 0; i < list.size(); i++) {
				var scenario = list.get(i);
				if (scenario.lineAmounts().stream().anyMatch((amount) -> isFailed(amount.line()))) {
					continue;
				}
				BudgetScenarioCommand command = new BudgetScenarioCommand(scenario.name(), scenario.description(),
						scenario.total(),
						scenario.lineAmounts()
							.stream()
							.map((amount) -> new BudgetScenarioCommand.LineAmount(this.lineIds.get(amount.line()),
									amount.amount()))
							.toList(),
						null);
				attempt("$.budget_scenarios[" + i + "]", FieldPaths.NONE, command,
						() -> PlanDocumentImport.this.budgetScenarios.create(this.planId, command));
			}
		}

		private void failTree(BudgetLine line) {
			if (line.key() != null) {
				this.failed.add(line.key());
			}
			line.children().forEach(this::failTree);
		}

		private void addRules() {
			var list = this.document.allocationRules();
			for (int i = 0; i < list.size(); i++) {
				var rule = list.get(i);
				String scopeValue = rule.scopeValue();
				if (rule.scopeType() == RuleScope.LINE) {
					if (isFailed(scopeValue)) {
						continue;
					}
					scopeValue = String.valueOf(this.lineIds.get(scopeValue));
				}
				if (isFailed(rule.benchmarkKpi())) {
					continue;
				}
				AllocationRuleCommand command = new AllocationRuleCommand(rule.kind(), rule.scopeType(), scopeValue,
						rule.share(), rule.threshold(), rule.base(), rule.note(), null, null, rule.metric(),
						rule.benchmarkValue(), id(this.kpiIds, rule.benchmarkKpi()), rule.benchmarkText(),
						rule.shareRaise());
				attempt("$.allocation_rules[" + i + "]", FieldPaths.NONE, command,
						() -> PlanDocumentImport.this.rules.add(this.planId, command));
			}
		}

		private void addCrisisLevels() {
			var list = this.document.crisisLevels();
			for (int i = 0; i < list.size(); i++) {
				var level = list.get(i);
				CrisisLevelCommand command = new CrisisLevelCommand(level.name(), level.criteria(), level.actions(),
						level.owner(), level.responseMinutes(), level.resolutionMinutes(), i, null);
				remember(this.crisisLevelIds, level.key(), attempt("$.crisis_levels[" + i + "]", FieldPaths.NONE,
						command, () -> PlanDocumentImport.this.playbook.add(this.planId, command).getId()));
			}
		}

		private void addRisks() {
			var list = this.document.risks();
			for (int i = 0; i < list.size(); i++) {
				var risk = list.get(i);
				if (risk.triggers().stream().anyMatch((trigger) -> isFailed(trigger.kpi()))
						|| risk.crisisLevels().stream().anyMatch(this::isFailed)) {
					this.failed.add(risk.key());
					continue;
				}
				List<RiskTriggerCommand> triggers = risk.triggers()
					.stream()
					.map((t) -> new RiskTriggerCommand(id(this.kpiIds, t.kpi()), t.metric(), t.condition(), t.value(),
							t.upperValue(), t.periodDays(), t.unit(), t.response()))
					.toList();
				Set<Long> levels = new LinkedHashSet<>();
				risk.crisisLevels().forEach((key) -> levels.add(this.crisisLevelIds.get(key)));
				RiskCommand command = new RiskCommand(risk.category(), risk.title(), risk.description(),
						risk.probability(), risk.impact(), risk.impactAmount(), risk.impactShare(), risk.impactBase(),
						risk.impactText(), risk.strategy(), risk.mitigation(), risk.contingency(), risk.owner(), null,
						risk.reviewCadence(), triggers, risk.warningText(), levels, i, null);
				Long id = attempt("$.risks[" + i + "]", FieldPaths.RISK, command,
						() -> PlanDocumentImport.this.risks.add(this.planId, command).getId());
				if (risk.key() != null) {
					remember(this.riskIds, risk.key(), id);
				}
			}
		}

		private void addRiskScenarios() {
			var list = this.document.riskScenarios();
			for (int i = 0; i < list.size(); i++) {
				var scenario = list.get(i);
				if (isFailed(scenario.risk())) {
					continue;
				}
				RiskScenarioCommand command = new RiskScenarioCommand(id(this.riskIds, scenario.risk()),
						scenario.title(), scenario.description(), scenario.responses(), scenario.backupChannel(), i,
						null);
				attempt("$.risk_scenarios[" + i + "]", FieldPaths.SCENARIO, command,
						() -> PlanDocumentImport.this.scenarios.add(this.planId, command));
			}
		}

		private void addCampaigns() {
			var list = this.document.campaigns();
			for (int i = 0; i < list.size(); i++) {
				var campaign = list.get(i);
				if (isFailed(campaign.budgetLine()) || campaign.kpis().stream().anyMatch(this::isFailed)) {
					if (campaign.key() != null) {
						this.failed.add(campaign.key());
					}
					continue;
				}
				Set<Long> kpis = new LinkedHashSet<>();
				campaign.kpis().forEach((key) -> kpis.add(this.kpiIds.get(key)));
				CampaignCommand command = new CampaignCommand(campaign.name(), campaign.description(),
						campaign.channels(), campaign.startDate(), campaign.endDate(),
						id(this.lineIds, campaign.budgetLine()), kpis, null);
				Long id = attempt("$.campaigns[" + i + "]", FieldPaths.CAMPAIGN, command,
						() -> PlanDocumentImport.this.campaigns.add(this.planId, command).getId());
				if (campaign.key() != null) {
					remember(this.campaignIds, campaign.key(), id);
				}
			}
		}

		private void addNotes() {
			var list = this.document.notes();
			for (int i = 0; i < list.size(); i++) {
				var note = list.get(i);
				PlanNoteCommand command = new PlanNoteCommand(note.kind(), note.subject(), note.code(),
						note.arguments(), note.text());
				attempt("$.notes[" + i + "]", FieldPaths.NONE, command,
						() -> PlanDocumentImport.this.notes.add(this.planId, command));
			}
		}

		private void addCadences() {
			var list = this.document.cadences();
			for (int i = 0; i < list.size(); i++) {
				var cadence = list.get(i);
				CadenceCommand command = new CadenceCommand(cadence.name(), cadence.kind(), cadence.frequency(),
						cadence.timesPerPeriod(), cadence.firstWeek(), cadence.lastWeek(), cadence.durationMinutes(),
						cadence.owner(), cadence.participants(), cadence.agenda(), cadence.metricCount(), i, null);
				attempt("$.cadences[" + i + "]", FieldPaths.NONE, command,
						() -> PlanDocumentImport.this.cadences.add(this.planId, command));
			}
		}

		private void addContextMetrics() {
			var list = this.document.contextMetrics();
			for (int i = 0; i < list.size(); i++) {
				var metric = list.get(i);
				ContextMetricCommand command = new ContextMetricCommand(metric.name(), metric.qualifier(),
						metric.value(), metric.upperValue(), metric.unit(), metric.changePercent(),
						metric.changeBasis(), metric.comparisonValue(), metric.comparisonLabel(), metric.asOfYear(),
						metric.sourceSection(), metric.note(), i, null);
				attempt("$.context_metrics[" + i + "]", FieldPaths.NONE, command,
						() -> PlanDocumentImport.this.contextMetrics.add(this.planId, command));
			}
		}

		private void addTeam() {
			var list = this.document.team();
			for (int i = 0; i < list.size(); i++) {
				var unit = list.get(i);
				TeamUnitCommand command = new TeamUnitCommand(unit.name(), unit.scheme(), unit.headcountMin(),
						unit.headcountMax(), unit.staffShare(), unit.leads(), unit.specialistsMin(),
						unit.specialistsMax(), unit.roles(), unit.responsibilities(), unit.note(),
						unit.recruitmentChannels(), unit.recruitmentNote(), unit.programmeCycleMonths(), i, null);
				Long id = attempt("$.team[" + i + "]", FieldPaths.NONE, command,
						() -> PlanDocumentImport.this.organisation.addTeamUnit(this.planId, command).getId());
				if (id != null) {
					this.unitIdsByName.putIfAbsent(unit.name().strip(), id);
				}
			}
		}

		/**
		 * The tools; {@code owner_unit} names a team unit of the document (the first of
		 * that name).
		 */
		private void addTools() {
			var list = this.document.tools();
			for (int i = 0; i < list.size(); i++) {
				var tool = list.get(i);
				String path = "$.tools[" + i + "]";
				Long unitId = null;
				if (tool.ownerUnit() != null) {
					unitId = this.unitIdsByName.get(tool.ownerUnit().strip());
					if (unitId == null) {
						continue; // the unit could not be created; its own problem says
									// why
					}
				}
				PlanToolCommand command = new PlanToolCommand(tool.name(), tool.category(), tool.purpose(), unitId,
						tool.owner(), tool.status(), tool.plannedBy(), tool.plannedMonth(), tool.note(), i, null);
				attempt(path, FieldPaths.TOOL, command,
						() -> PlanDocumentImport.this.operations.addTool(this.planId, command));
			}
		}

		private void addDashboards() {
			var list = this.document.dashboards();
			for (int i = 0; i < list.size(); i++) {
				var dashboard = list.get(i);
				if (dashboard.kpis().stream().anyMatch(this::isFailed)) {
					continue;
				}
				Set<Long> kpis = new LinkedHashSet<>();
				dashboard.kpis().forEach((key) -> kpis.add(this.kpiIds.get(key)));
				DashboardCommand command = new DashboardCommand(dashboard.name(), dashboard.purpose(),
						dashboard.metricCount(), dashboard.warningModuleCount(), dashboard.forecastHorizonDays(),
						dashboard.refresh(), dashboard.view(),
						dashboard.zones()
							.stream()
							.map((zone) -> (zone != null) ? new DashboardCommand.Zone(zone.name(), zone.rule()) : null)
							.toList(),
						kpis, dashboard.note(), i, null);
				attempt("$.dashboards[" + i + "]", FieldPaths.DASHBOARD, command,
						() -> PlanDocumentImport.this.operations.addDashboard(this.planId, command));
			}
		}

		private void addStandards() {
			var list = this.document.standards();
			for (int i = 0; i < list.size(); i++) {
				var standard = list.get(i);
				OperatingStandardCommand command = new OperatingStandardCommand(standard.name(), standard.scope(),
						standard.scenarioCount(), standard.timeLimitHours(), standard.leadTimeDays(), standard.checks(),
						standard.owner(), standard.note(), i, null);
				attempt("$.standards[" + i + "]", FieldPaths.NONE, command,
						() -> PlanDocumentImport.this.operations.addStandard(this.planId, command));
			}
		}

		private void addPartners() {
			var list = this.document.partners();
			for (int i = 0; i < list.size(); i++) {
				var partner = list.get(i);
				PartnerCommand command = new PartnerCommand(partner.kind(), partner.name(), partner.count(),
						partner.service(), partner.fee(), partner.feeBasis(), partner.feeUnit(), partner.feeCapShare(),
						partner.note(), i, null);
				Long id = attempt("$.partners[" + i + "]", FieldPaths.NONE, command,
						() -> PlanDocumentImport.this.organisation.addPartner(this.planId, command).getId());
				if (partner.key() != null) {
					remember(this.partnerIds, partner.key(), id);
				}
			}
		}

		private void addOffBudgetCosts() {
			var list = this.document.offBudgetCosts();
			for (int i = 0; i < list.size(); i++) {
				var cost = list.get(i);
				if (isFailed(cost.partner())) {
					continue;
				}
				OffBudgetCostCommand command = new OffBudgetCostCommand(cost.name(), cost.amount(), cost.basis(),
						id(this.partnerIds, cost.partner()), cost.reason(), i, null);
				attempt("$.off_budget_costs[" + i + "]", FieldPaths.OFF_BUDGET_COST, command,
						() -> PlanDocumentImport.this.organisation.addOffBudgetCost(this.planId, command));
			}
		}

		private void addDrivers() {
			var list = this.document.drivers();
			for (int i = 0; i < list.size(); i++) {
				var driver = list.get(i);
				if (isFailed(driver.kpi())
						|| driver.factors().stream().anyMatch((f) -> f != null && isFailed(f.kpi()))) {
					continue;
				}
				KpiFormulaCommand command = new KpiFormulaCommand(id(this.kpiIds, driver.kpi()), driver.name(),
						driver.note(),
						driver.factors()
							.stream()
							.map((f) -> (f != null) ? new KpiFormulaCommand.Factor(id(this.kpiIds, f.kpi()),
									f.constant(), f.divides(), f.label()) : null)
							.toList(),
						null);
				attempt("$.drivers[" + i + "]", FieldPaths.DRIVER, command,
						() -> PlanDocumentImport.this.formulas.create(this.planId, command));
			}
		}

		private void addMixes() {
			var list = this.document.mixes();
			for (int i = 0; i < list.size(); i++) {
				var mix = list.get(i);
				PlanMixCommand command = new PlanMixCommand(mix.name(), mix.base(), mix.note(), mix.shares()
					.stream()
					.map((share) -> (share != null) ? new PlanMixCommand.Share(share.label(), share.share()) : null)
					.toList(), null);
				attempt("$.mixes[" + i + "]", FieldPaths.NONE, command,
						() -> PlanDocumentImport.this.mixes.create(this.planId, command));
			}
		}

		private void addPromotions() {
			var list = this.document.promotions();
			for (int i = 0; i < list.size(); i++) {
				var promotion = list.get(i);
				if (isFailed(promotion.campaign()) || isFailed(promotion.partner())) {
					continue;
				}
				PromotionCommand command = new PromotionCommand(promotion.kind(), promotion.name(),
						promotion.threshold(), promotion.discountAmount(), promotion.discountPercent(),
						promotion.recurrence(), promotion.timeOfDay(), promotion.windowDays(),
						id(this.campaignIds, promotion.campaign()), promotion.channel(),
						id(this.partnerIds, promotion.partner()), promotion.note(), i, null);
				attempt("$.promotions[" + i + "]", FieldPaths.OFFER, command,
						() -> PlanDocumentImport.this.offers.addPromotion(this.planId, command));
			}
		}

		private void addTactics() {
			var list = this.document.tactics();
			for (int i = 0; i < list.size(); i++) {
				var tactic = list.get(i);
				if (isFailed(tactic.campaign())) {
					continue;
				}
				TacticCommand command = new TacticCommand(tactic.name(), tactic.appliesTo(),
						id(this.campaignIds, tactic.campaign()), tactic.channel(),
						tactic.components()
							.stream()
							.map((c) -> (c != null) ? new TacticCommand.Component(c.component(), c.quantity()) : null)
							.toList(),
						tactic.steps()
							.stream()
							.map((s) -> (s != null) ? new TacticCommand.Step(s.day(), s.action()) : null)
							.toList(),
						tactic.note(), i, null);
				attempt("$.tactics[" + i + "]", FieldPaths.OFFER, command,
						() -> PlanDocumentImport.this.offers.addTactic(this.planId, command));
			}
		}

		private void addFrameworks() {
			var list = this.document.frameworks();
			for (int i = 0; i < list.size(); i++) {
				var framework = list.get(i);
				FrameworkCommand command = new FrameworkCommand(framework.kind(), framework.name(),
						framework.description(), framework.sourceSection(),
						framework.items()
							.stream()
							.map((item) -> (item != null) ? FrameworkItemCommand.of(item.name(), item.description(),
									item.value(), item.unit(), item.attributionModel()) : null)
							.toList(),
						i, null);
				attempt("$.frameworks[" + i + "]", FieldPaths.NONE, command,
						() -> PlanDocumentImport.this.frameworks.create(this.planId, command));
			}
		}

		private boolean isFailed(String key) {
			return key != null && this.failed.contains(key);
		}

		private void remember(Map<String, Long> ids, String key, Long id) {
			if (id != null) {
				ids.put(key, id);
			}
			else {
				this.failed.add(key);
			}
		}

		private Long id(Map<String, Long> ids, String key) {
			return (key != null) ? ids.get(key) : null;
		}

		/**
		 * Checks the command's constraints, then runs the service call; every failure
		 * becomes a problem at {@code path} and the result is {@code null}.
		 */
		private <T> T attempt(String path, FieldPaths fields, Object command, Supplier<T> call) {
			Set<ConstraintViolation<Object>> violations = PlanDocumentImport.this.validator.validate(command);
			if (!violations.isEmpty()) {
				violations.stream()
					.sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
					.forEach((violation) -> this.problems
						.add(new Problem(fields.path(path, violation.getPropertyPath().toString()),
								keyOf(violation.getMessageTemplate()), List.of(), violation.getMessage())));
				return null;
			}
			try {
				return call.get();
			}
			catch (DomainException ex) {
				String field = (ex instanceof com.marketingplanner.domain.shared.BusinessRuleViolation rule)
						? rule.field() : null;
				this.problems.add(new Problem(fields.path(path, field), ex.messageKey(), List.of(ex.arguments()),
						ex.getMessage()));
				return null;
			}
		}

	}

	/**
	 * The message key of a Bean Validation template that is just {@code {key}}; else
	 * {@code null} (the interpolated message is then the text).
	 */
	private static String keyOf(String template) {
		Matcher matcher = MESSAGE_KEY.matcher((template != null) ? template : "");
		return matcher.matches() ? matcher.group(1) : null;
	}

}
