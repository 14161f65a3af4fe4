package com.marketingplanner.domain.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.budget.AllocationRuleService;
import com.marketingplanner.domain.budget.BudgetLineNode;
import com.marketingplanner.domain.budget.BudgetPeriodService;
import com.marketingplanner.domain.budget.BudgetScenarioService;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.budget.RuleScope;
import com.marketingplanner.domain.cadence.CadenceService;
import com.marketingplanner.domain.campaign.CampaignService;
import com.marketingplanner.domain.context.ContextMetricService;
import com.marketingplanner.domain.driver.KpiFormulaService;
import com.marketingplanner.domain.driver.PlanMixService;
import com.marketingplanner.domain.framework.FrameworkService;
import com.marketingplanner.domain.goal.GoalService;
import com.marketingplanner.domain.goal.KpiFilter;
import com.marketingplanner.domain.goal.KpiService;
import com.marketingplanner.domain.offer.OfferService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanNoteService;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.plan.SectionNode;
import com.marketingplanner.domain.plan.SectionService;
import com.marketingplanner.domain.operations.OperationsService;
import com.marketingplanner.domain.organisation.OrganisationService;
import com.marketingplanner.domain.risk.CrisisPlaybookService;
import com.marketingplanner.domain.risk.RiskScenarioService;
import com.marketingplanner.domain.risk.RiskService;
import com.marketingplanner.domain.template.PlanDocument.AllocationRule;
import com.marketingplanner.domain.template.PlanDocument.BudgetLine;
import com.marketingplanner.domain.template.PlanDocument.BudgetPeriod;
import com.marketingplanner.domain.template.PlanDocument.BudgetScenario;
import com.marketingplanner.domain.template.PlanDocument.Campaign;
import com.marketingplanner.domain.template.PlanDocument.CrisisLevel;
import com.marketingplanner.domain.template.PlanDocument.Condition;
import com.marketingplanner.domain.template.PlanDocument.Gate;
import com.marketingplanner.domain.template.PlanDocument.Goal;
import com.marketingplanner.domain.template.PlanDocument.Kpi;
import com.marketingplanner.domain.template.PlanDocument.LineAmount;
import com.marketingplanner.domain.template.PlanDocument.Milestone;
import com.marketingplanner.domain.template.PlanDocument.Note;
import com.marketingplanner.domain.template.PlanDocument.Phase;
import com.marketingplanner.domain.template.PlanDocument.Risk;
import com.marketingplanner.domain.template.PlanDocument.RiskScenario;
import com.marketingplanner.domain.template.PlanDocument.Section;
import com.marketingplanner.domain.template.PlanDocument.Trigger;
import com.marketingplanner.domain.timeline.MilestoneService;
import com.marketingplanner.domain.timeline.PhaseService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A stored plan as a {@link PlanDocument}, the same format a template is: importing the
 * result ({@link PlanDocumentImport}) makes a plan with every field of this one. Items
 * are listed in the plan's own order and get keys made from their kind and place
 * ({@code g1}, {@code k12}, {@code l3}, …); references between them use these keys.
 */
@Service
@Transactional(readOnly = true)
public class PlanDocumentExport {

	private final PlanService plans;

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

	private final PlanNoteService notes;

	private final CadenceService cadences;

	private final OrganisationService organisation;

	private final KpiFormulaService formulas;

	private final PlanMixService mixes;

	private final OfferService offers;

	private final OperationsService operations;

	private final ContextMetricService contextMetrics;

	private final FrameworkService frameworks;

	public PlanDocumentExport(PlanService plans, SectionService sections, GoalService goals, KpiService kpis,
			PhaseService phases, MilestoneService milestones, BudgetService budget, AllocationRuleService rules,
			BudgetPeriodService budgetPeriods, BudgetScenarioService budgetScenarios, RiskService risks,
			CrisisPlaybookService playbook, RiskScenarioService scenarios, CampaignService campaigns,
			PlanNoteService notes, CadenceService cadences, OrganisationService organisation,
			KpiFormulaService formulas, PlanMixService mixes, OfferService offers, OperationsService operations,
			ContextMetricService contextMetrics, FrameworkService frameworks) {
		this.frameworks = frameworks;
		this.offers = offers;
		this.operations = operations;
		this.contextMetrics = contextMetrics;
		this.formulas = formulas;
		this.mixes = mixes;
		this.plans = plans;
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
		this.notes = notes;
		this.cadences = cadences;
		this.organisation = organisation;
	}

	/**
	 * The plan as a document.
	 * @throws com.marketingplanner.domain.shared.ResourceNotFoundException when there is
	 * no such plan
	 */
	public PlanDocument export(long planId) {
		Plan plan = this.plans.get(planId);
		Keys keys = new Keys();
		List<Goal> goals = this.goals.all(planId)
			.stream()
			.map((goal) -> new Goal(keys.goal(goal.getId()), keys.goal(goal.getParentId()), goal.getTitle(),
					goal.getDescription(), goal.getCategory(), goal.getHorizon(), goal.getHorizonLabel(),
					goal.getOwner()))
			.toList();
		List<Kpi> kpis = this.kpis.all(planId, KpiFilter.none())
			.stream()
			.map((kpi) -> new Kpi(keys.kpi(kpi.getId()), keys.goal(kpi.getGoalId()), kpi.getName(), kpi.getDefinition(),
					kpi.getCategory(), kpi.getUnit(), kpi.getDirection(), kpi.getTargetType(), kpi.getBaseline(),
					kpi.getTarget(), kpi.getChallenge(), kpi.getBenchmark(), kpi.getDueDate(), kpi.getFrequency(),
					kpi.getOwner(), kpi.isBenchmarkCase(), kpi.getAim()))
			.toList();
		List<Phase> phases = this.phases.inEntryOrder(planId)
			.stream()
			.map((phase) -> new Phase(keys.phase(phase.getId()), phase.getName(), phase.getStartDate(),
					phase.getEndDate(), phase.getFocus(), phase.getScheme()))
			.toList();
		var storedMilestones = this.milestones.inEntryOrder(planId);
		storedMilestones.forEach((milestone) -> keys.milestone(milestone.getId()));
		List<Milestone> milestones = storedMilestones.stream().map((milestone) -> {
			Gate documentGate = milestone.hasGate() ? Gate.of(milestone.getGateMatch(),
					milestone.getGateConditions()
						.stream()
						.map((c) -> new Condition(keys.kpi(c.getKpiId()), c.getOperator(), c.getValue(), c.getText()))
						.toList())
					: null;
			return new Milestone(keys.milestone(milestone.getId()), keys.phase(milestone.getPhaseId()),
					milestone.getTitle(), milestone.getDueDate(), milestone.getDeliverable(),
					milestone.getAcceptanceCriteria(), milestone.getOwner(), documentGate,
					milestone.getDependsOnIds().stream().sorted().map(keys::milestone).toList());
		}).toList();
		List<BudgetLine> lines = lines(this.budget.tree(planId), keys);
		List<BudgetPeriod> periods = this.budgetPeriods.all(planId)
			.stream()
			.map((period) -> new BudgetPeriod(period.getName(), period.getStartDate(), period.getEndDate(),
					period.getAmount(), period.getNote()))
			.toList();
		List<BudgetScenario> budgetScenarios = this.budgetScenarios.all(planId)
			.stream()
			.map((scenario) -> new BudgetScenario(scenario.getName(), scenario.getDescription(), scenario.getTotal(),
					scenario.getLineAmounts()
						.entrySet()
						.stream()
						.sorted(java.util.Map.Entry.comparingByKey())
						.map((entry) -> new LineAmount(keys.line(entry.getKey()), entry.getValue()))
						.toList()))
			.toList();
		List<AllocationRule> rules = this.rules.list(planId)
			.stream()
			.map((rule) -> new AllocationRule(rule.getKind(), rule.getScopeType(),
					(rule.getScopeType() == RuleScope.LINE) ? keys.line(parseId(rule.getScopeValue()))
							: rule.getScopeValue(),
					rule.getShare(), rule.getThreshold(), rule.getBase(), rule.getNote(),
					(rule.getComparison() != null) ? rule.getComparison().metric() : null,
					(rule.getComparison() != null) ? rule.getComparison().benchmarkValue() : null,
					(rule.getComparison() != null) ? keys.kpi(rule.getComparison().benchmarkKpiId()) : null,
					(rule.getComparison() != null) ? rule.getComparison().benchmarkText() : null,
					(rule.getComparison() != null) ? rule.getComparison().shareRaise() : null))
			.toList();
		List<CrisisLevel> levels = this.playbook.levels(planId)
			.stream()
			.map((level) -> new CrisisLevel(keys.crisisLevel(level.getId()), level.getName(), level.getCriteria(),
					level.getActions(), level.getOwner(), level.getResponseMinutes(), level.getResolutionMinutes()))
			.toList();
		List<Risk> risks = this.risks.inRegisterOrder(planId)
			.stream()
			.map((risk) -> new Risk(keys.risk(risk.getId()), risk.getCategory(), risk.getTitle(), risk.getDescription(),
					risk.getProbability(), risk.getImpact(), risk.getImpactAmount(), risk.getImpactShare(),
					risk.getImpactBase(), risk.getImpactText(), risk.getStrategy(), risk.getMitigation(),
					risk.getContingency(), risk.getOwner(), risk.getReviewCadence(),
					risk.getTriggers()
						.stream()
						.map((t) -> new Trigger(keys.kpi(t.getKpiId()), t.getMetric(), t.getCondition(), t.getValue(),
								t.getUpperValue(), t.getPeriodDays(), t.getUnit(), t.getResponse()))
						.toList(),
					risk.getWarningText(), risk.getCrisisLevelIds().stream().sorted().map(keys::crisisLevel).toList()))
			.toList();
		List<RiskScenario> scenarios = this.scenarios.all(planId)
			.stream()
			.map((scenario) -> new RiskScenario(keys.risk(scenario.getRiskId()), scenario.getTitle(),
					scenario.getDescription(), scenario.getResponses(), scenario.getBackupChannel()))
			.toList();
		List<Campaign> campaigns = this.campaigns.inEntryOrder(planId)
			.stream()
			.map((campaign) -> new Campaign(keys.campaign(campaign.getId()), campaign.getName(),
					campaign.getDescription(), campaign.getStartDate(), campaign.getEndDate(),
					keys.line(campaign.getBudgetLineId()), campaign.getChannelCodes(),
					campaign.getKpiIds().stream().sorted().map(keys::kpi).toList()))
			.toList();
		List<Note> notes = this.notes.all(planId)
			.stream()
			.map((note) -> new Note(note.getKind(), note.getSubject(), note.getMessageKey(), note.getArguments(),
					note.getText()))
			.toList();
		List<PlanDocument.TeamUnit> team = this.organisation.team(planId)
			.stream()
			.map((unit) -> new PlanDocument.TeamUnit(unit.getName(), unit.getScheme(), unit.getHeadcountMin(),
					unit.getHeadcountMax(), unit.getStaffShare(), unit.getLeads(), unit.getSpecialistsMin(),
					unit.getSpecialistsMax(), unit.getRoles(), unit.getResponsibilities(), unit.getNote(),
					unit.getRecruitmentChannels(), unit.getRecruitmentNote(), unit.getProgrammeCycleMonths()))
			.toList();
		List<PlanDocument.Partner> partners = this.organisation.partners(planId)
			.stream()
			.map((partner) -> new PlanDocument.Partner(keys.partner(partner.getId()), partner.getKind(),
					partner.getName(), partner.getCount(), partner.getService(), partner.getFee(),
					partner.getFeeBasis(), partner.getFeeUnit(), partner.getFeeCapShare(), partner.getNote()))
			.toList();
		List<PlanDocument.OffBudgetCost> offBudgetCosts = this.organisation.offBudgetCosts(planId)
			.stream()
			.map((cost) -> new PlanDocument.OffBudgetCost(cost.getName(), cost.getAmount(), cost.getBasis(),
					keys.partner(cost.getPartnerId()), cost.getReason()))
			.toList();
		return new PlanDocument(plan.getTitle(), plan.getDescription(), plan.getLanguage(), plan.getCurrency(),
				plan.getPeriodStart(), plan.getPeriodEnd(), plan.getTotalBudget(), sections(this.sections.tree(planId)),
				goals, kpis, phases, milestones, periods, lines, rules, budgetScenarios, risks, levels, scenarios,
				campaigns, notes, cadences(planId), team, partners, offBudgetCosts, drivers(planId, keys),
				mixes(planId), promotions(planId, keys), tactics(planId, keys), tools(planId), dashboards(planId, keys),
				standards(planId), plan.getPlanKind(), plan.getBusinessContext(), plan.isCurrencyStated(),
				plan.getContextCurrency(), contextMetrics(planId), frameworks(planId));
	}

	private List<PlanDocument.Promotion> promotions(long planId, Keys keys) {
		return this.offers.promotions(planId)
			.stream()
			.map((promotion) -> new PlanDocument.Promotion(promotion.getName(), promotion.getKind(),
					promotion.getThreshold(), promotion.getDiscountAmount(), promotion.getDiscountPercent(),
					promotion.getRecurrence(), promotion.getTimeOfDay(), promotion.getWindowDays(),
					keys.campaign(promotion.getCampaignId()), promotion.getChannelCode(),
					keys.partner(promotion.getPartnerId()), promotion.getNote()))
			.toList();
	}

	private List<PlanDocument.Tactic> tactics(long planId, Keys keys) {
		return this.offers.tactics(planId)
			.stream()
			.map((tactic) -> new PlanDocument.Tactic(tactic.getName(), tactic.getAppliesTo(),
					keys.campaign(tactic.getCampaignId()), tactic.getChannelCode(),
					tactic.getComponents()
						.stream()
						.map((c) -> new PlanDocument.Component(c.getComponent(), c.getQuantity()))
						.toList(),
					tactic.getSteps().stream().map((s) -> new PlanDocument.Step(s.getDay(), s.getAction())).toList(),
					tactic.getNote()))
			.toList();
	}

	/** The tools; a tool's owning unit is named by the unit's name. */
	private List<PlanDocument.Tool> tools(long planId) {
		Map<Long, String> unitNames = new HashMap<>();
		this.organisation.team(planId).forEach((unit) -> unitNames.put(unit.getId(), unit.getName()));
		return this.operations.tools(planId)
			.stream()
			.map((tool) -> new PlanDocument.Tool(tool.getName(), tool.getCategory(), tool.getPurpose(),
					(tool.getOwnerUnitId() != null) ? unitNames.get(tool.getOwnerUnitId()) : null, tool.getOwner(),
					tool.getStatus(), tool.getPlannedBy(), tool.getPlannedMonth(), tool.getNote()))
			.toList();
	}

	private List<PlanDocument.Dashboard> dashboards(long planId, Keys keys) {
		return this.operations.dashboards(planId)
			.stream()
			.map((dashboard) -> new PlanDocument.Dashboard(dashboard.getName(), dashboard.getPurpose(),
					dashboard.getMetricCount(), dashboard.getWarningModuleCount(), dashboard.getForecastHorizonDays(),
					dashboard.getRefresh(), dashboard.getView(),
					dashboard.getZones()
						.stream()
						.map((zone) -> new PlanDocument.Zone(zone.getName(), zone.getRule()))
						.toList(),
					dashboard.getKpiIds().stream().sorted().map(keys::kpi).toList(), dashboard.getNote()))
			.toList();
	}

	private List<PlanDocument.Standard> standards(long planId) {
		return this.operations.standards(planId)
			.stream()
			.map((standard) -> new PlanDocument.Standard(standard.getName(), standard.getScope(),
					standard.getScenarioCount(), standard.getTimeLimitHours(), standard.getLeadTimeDays(),
					standard.getChecks(), standard.getOwner(), standard.getNote()))
			.toList();
	}

	private List<PlanDocument.ContextMetric> contextMetrics(long planId) {
		return this.contextMetrics.all(planId)
			.stream()
			.map((metric) -> new PlanDocument.ContextMetric(metric.getName(), metric.getQualifier(), metric.getValue(),
					metric.getUpperValue(), metric.getUnit(), metric.getChangePercent(), metric.getChangeBasis(),
					metric.getComparisonValue(), metric.getComparisonLabel(), metric.getAsOfYear(),
					metric.getSourceSection(), metric.getNote()))
			.toList();
	}

	private List<PlanDocument.Framework> frameworks(long planId) {
		return this.frameworks.all(planId)
			.stream()
			.map((framework) -> new PlanDocument.Framework(framework.getKind(), framework.getName(),
					framework.getDescription(), framework.getSourceSection(),
					framework.getItems()
						.stream()
						.map((item) -> new PlanDocument.FrameworkItem(item.getName(), item.getDescription(),
								item.getValue(), item.getUnit(), item.getAttributionModel()))
						.toList()))
			.toList();
	}

	private List<PlanDocument.Cadence> cadences(long planId) {
		return this.cadences.all(planId)
			.stream()
			.map((cadence) -> new PlanDocument.Cadence(cadence.getName(), cadence.getKind(), cadence.getFrequency(),
					cadence.getTimesPerPeriod(), cadence.getFirstWeek(), cadence.getLastWeek(),
					cadence.getDurationMinutes(), cadence.getOwner(), cadence.getParticipants(), cadence.getAgenda(),
					cadence.getMetricCount()))
			.toList();
	}

	private List<PlanDocument.Driver> drivers(long planId, Keys keys) {
		return this.formulas.all(planId)
			.stream()
			.map((formula) -> new PlanDocument.Driver(keys.kpi(formula.getKpiId()), formula.getName(),
					formula.getNote(),
					formula.getFactors()
						.stream()
						.map((factor) -> new PlanDocument.Factor(
								factor.isDriver() ? keys.kpi(factor.getDriverKpiId()) : null, factor.getConstant(),
								factor.getLabel(), factor.isDivides() ? Boolean.TRUE : null))
						.toList()))
			.toList();
	}

	private List<PlanDocument.Mix> mixes(long planId) {
		return this.mixes.all(planId)
			.stream()
			.map((mix) -> new PlanDocument.Mix(mix.getName(), mix.getBase(), mix.getNote(),
					mix.getShares()
						.stream()
						.map((share) -> new PlanDocument.Share(share.getLabel(), share.getShare()))
						.toList()))
			.toList();
	}

	private static List<Section> sections(List<SectionNode> nodes) {
		return nodes.stream()
			.map((node) -> new Section(node.heading(), node.body(), sections(node.children())))
			.toList();
	}

	private static List<BudgetLine> lines(List<BudgetLineNode> nodes, Keys keys) {
		List<BudgetLine> lines = new ArrayList<>();
		for (BudgetLineNode node : nodes) {
			lines.add(new BudgetLine(keys.line(node.id()), node.name(), node.description(), node.channelCode(),
					keys.phase(node.phaseId()), node.quarter(), node.plannedAmount(), node.plannedPercentage(),
					node.percentageBase(), List.copyOf(node.tags()), lines(node.children(), keys)));
		}
		return lines;
	}

	private static Long parseId(String value) {
		try {
			return (value != null) ? Long.valueOf(value) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Document keys for stored ids, numbered per kind in the order they are first asked
	 * for.
	 */
	private static final class Keys {

		private final Map<String, Map<Long, String>> byKind = new HashMap<>();

		String goal(Long id) {
			return key("g", id);
		}

		String kpi(Long id) {
			return key("k", id);
		}

		String phase(Long id) {
			return key("p", id);
		}

		String milestone(Long id) {
			return key("m", id);
		}

		String line(Long id) {
			return key("l", id);
		}

		String risk(Long id) {
			return key("r", id);
		}

		String crisisLevel(Long id) {
			return key("x", id);
		}

		String campaign(Long id) {
			return key("c", id);
		}

		String partner(Long id) {
			return key("v", id);
		}

		private String key(String prefix, Long id) {
			if (id == null) {
				return null;
			}
			Map<Long, String> keys = this.byKind.computeIfAbsent(prefix, (kind) -> new HashMap<>());
			return keys.computeIfAbsent(id, (key) -> prefix + (keys.size() + 1));
		}

	}

}
