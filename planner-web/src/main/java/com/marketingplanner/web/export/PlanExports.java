package com.marketingplanner.web.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.marketingplanner.domain.budget.ActualSpend;
import com.marketingplanner.domain.budget.BudgetLineNode;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.campaign.Campaign;
import com.marketingplanner.domain.campaign.CampaignService;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiFilter;
import com.marketingplanner.domain.goal.KpiMeasurement;
import com.marketingplanner.domain.goal.KpiMeasurementRepository;
import com.marketingplanner.domain.goal.KpiService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.risk.Risk;
import com.marketingplanner.domain.risk.RiskService;
import com.marketingplanner.domain.timeline.Milestone;
import com.marketingplanner.domain.timeline.MilestoneGates;
import com.marketingplanner.domain.timeline.MilestoneService;
import com.marketingplanner.domain.timeline.Phase;
import com.marketingplanner.domain.timeline.PhaseService;
import com.marketingplanner.web.goal.KpiView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's tables as exported, read in one transaction with the services of the plan's
 * pages. Column names are stable machine names (snake_case, English); enum values are
 * their codes as the REST API writes them. {@code line-spend} and
 * {@code kpi-measurements} have exactly the columns their import kinds read, so an edited
 * export can be imported back.
 */
@Service
@Transactional(readOnly = true)
class PlanExports {

	private final PlanService plans;

	private final KpiService kpis;

	private final KpiMeasurementRepository measurements;

	private final BudgetService budget;

	private final PhaseService phases;

	private final MilestoneService milestones;

	private final RiskService risks;

	private final CampaignService campaigns;

	PlanExports(PlanService plans, KpiService kpis, KpiMeasurementRepository measurements, BudgetService budget,
			PhaseService phases, MilestoneService milestones, RiskService risks, CampaignService campaigns) {
		this.plans = plans;
		this.kpis = kpis;
		this.measurements = measurements;
		this.budget = budget;
		this.phases = phases;
		this.milestones = milestones;
		this.risks = risks;
		this.campaigns = campaigns;
	}

	/** The plan's title (for file names). */
	String title(long planId) {
		return this.plans.get(planId).getTitle();
	}

	/** The named tables of the plan, in the given order. */
	List<ExportTable> tables(long planId, List<ExportTableName> names) {
		Plan plan = this.plans.get(planId);
		List<ExportTable> tables = new ArrayList<>();
		for (ExportTableName name : names) {
			tables.add(switch (name) {
				case KPIS -> kpis(plan);
				case KPI_MEASUREMENTS -> kpiMeasurements(plan);
				case BUDGET_LINES -> budgetLines(plan);
				case LINE_SPEND -> lineSpend(plan);
				case MILESTONES -> milestones(plan);
				case RISKS -> risks(plan);
				case CAMPAIGNS -> campaigns(plan);
			});
		}
		return tables;
	}

	private ExportTable kpis(Plan plan) {
		List<Kpi> all = this.kpis.all(plan.getId(), KpiFilter.none());
		Map<Long, KpiMeasurement> latest = this.kpis.latestMeasurements(all);
		List<List<Object>> rows = new ArrayList<>();
		for (Kpi kpi : all) {
			KpiView view = KpiView.of(kpi, latest.get(kpi.getId()));
			rows.add(row(plan.getId(), plan.getTitle(), kpi.getId(),
					(kpi.getGoal() != null) ? kpi.getGoal().getTitle() : null, kpi.getName(), kpi.getUnit(),
					code(kpi.getCategory()), code(kpi.getDirection()), code(kpi.getTargetType()), kpi.getBaseline(),
					kpi.getTarget(), kpi.getChallenge(), kpi.getBenchmark(), kpi.getDueDate(),
					(view.latest() != null) ? view.latest().getPeriodEnd() : null, view.actual(),
					view.attainmentPercent(), code(view.status()), kpi.isBenchmarkCase() ? "yes" : "no"));
		}
		return new ExportTable(ExportTableName.KPIS.code(),
				List.of("plan_id", "plan", "kpi_id", "goal", "kpi", "unit", "category", "direction", "target_type",
						"baseline", "target", "challenge", "benchmark", "due_date", "latest_date", "latest_value",
						"attainment_percent", "status", "benchmark_case"),
				rows);
	}

	/** Import kind {@code kpi-measurements}: date is the period end. */
	private ExportTable kpiMeasurements(Plan plan) {
		List<Kpi> all = this.kpis.all(plan.getId(), KpiFilter.none());
		Map<Long, Integer> order = new HashMap<>();
		all.forEach((kpi) -> order.put(kpi.getId(), order.size()));
		List<KpiMeasurement> list = all.isEmpty() ? new ArrayList<>()
				: new ArrayList<>(this.measurements.findNewestFirst(all.stream().map(Kpi::getId).toList()));
		list.sort(Comparator.comparing((KpiMeasurement m) -> order.get(m.getKpi().getId()))
			.thenComparing(KpiMeasurement::getPeriodEnd)
			.thenComparing(KpiMeasurement::getId));
		List<List<Object>> rows = new ArrayList<>();
		for (KpiMeasurement measurement : list) {
			rows.add(row(plan.getId(), plan.getTitle(), measurement.getKpi().getId(), measurement.getKpi().getName(),
					measurement.getPeriodEnd(), measurement.getValue(), measurement.getPeriodStart(),
					measurement.getNote()));
		}
		return new ExportTable(ExportTableName.KPI_MEASUREMENTS.code(),
				List.of("plan_id", "plan", "kpi_id", "kpi", "date", "value", "period_start", "note"), rows);
	}

	private ExportTable budgetLines(Plan plan) {
		Map<Long, String> phaseNames = phaseNames(plan);
		List<List<Object>> rows = new ArrayList<>();
		addLines(rows, plan, this.budget.tree(plan.getId()), phaseNames);
		return new ExportTable(ExportTableName.BUDGET_LINES.code(),
				List.of("plan_id", "plan", "line_id", "parent_id", "line", "channel", "phase", "quarter",
						"planned_amount", "planned_percentage", "percentage_base", "effective_amount",
						"share_of_total_percent", "spent", "tags"),
				rows);
	}

	private void addLines(List<List<Object>> rows, Plan plan, List<BudgetLineNode> nodes,
			Map<Long, String> phaseNames) {
		for (BudgetLineNode node : nodes) {
			rows.add(row(plan.getId(), plan.getTitle(), node.id(), node.parentId(), node.name(), node.channelCode(),
					phaseNames.get(node.phaseId()), node.quarter(), node.plannedAmount(), node.plannedPercentage(),
					code(node.percentageBase()), node.effectiveAmount(), node.shareOfTotal(), node.spent(),
					String.join(", ", node.tags())));
			addLines(rows, plan, node.children(), phaseNames);
		}
	}

	/** Import kind {@code line-spend}. */
	private ExportTable lineSpend(Plan plan) {
		List<List<Object>> rows = new ArrayList<>();
		for (ActualSpend spend : this.budget.allSpend(plan.getId())) {
			rows.add(row(plan.getId(), plan.getTitle(), spend.getLine().getId(), spend.getLine().getName(),
					spend.getSpentOn(), spend.getAmount(), spend.getNote()));
		}
		return new ExportTable(ExportTableName.LINE_SPEND.code(),
				List.of("plan_id", "plan", "line_id", "line", "date", "amount", "note"), rows);
	}

	private ExportTable milestones(Plan plan) {
		Map<Long, String> phaseNames = phaseNames(plan);
		Map<Long, String> kpiNames = kpiNames(plan);
		List<Milestone> all = this.milestones.all(plan.getId());
		MilestoneGates gates = this.milestones.gates(all);
		List<List<Object>> rows = new ArrayList<>();
		for (Milestone milestone : all) {
			rows.add(row(plan.getId(), plan.getTitle(), milestone.getId(), phaseNames.get(milestone.getPhaseId()),
					milestone.getTitle(), milestone.getDueDate(), code(milestone.getStatus()), milestone.getOwner(),
					milestone.getDeliverable(), milestone.getAcceptanceCriteria(), gate(milestone, kpiNames),
					milestone.getDependsOnIds().stream().map(String::valueOf).collect(Collectors.joining(", ")),
					code(milestone.getGateMatch()), code(gates.stateOf(milestone))));
		}
		return new ExportTable(ExportTableName.MILESTONES.code(),
				List.of("plan_id", "plan", "milestone_id", "phase", "milestone", "due_date", "status", "owner",
						"deliverable", "acceptance_criteria", "gate", "depends_on", "gate_match", "gate_state"),
				rows);
	}

	/**
	 * A gate's conditions on one line, separated by "; ": a KPI comparison as
	 * {@code KPI >= value (text)}, a condition in words as its text.
	 */
	private static String gate(Milestone milestone, Map<Long, String> kpiNames) {
		return milestone.getGateConditions().stream().map((condition) -> {
			if (!condition.isKpiComparison()) {
				return condition.getText();
			}
			String comparison = kpiNames.getOrDefault(condition.getKpiId(), String.valueOf(condition.getKpiId())) + " "
					+ condition.getOperator().symbol() + " "
					+ condition.getValue().stripTrailingZeros().toPlainString();
			return (condition.getText() != null) ? comparison + " (" + condition.getText() + ")" : comparison;
		}).collect(Collectors.joining("; "));
	}

	private ExportTable risks(Plan plan) {
		List<List<Object>> rows = new ArrayList<>();
		for (Risk risk : this.risks.all(plan.getId())) {
			rows.add(row(plan.getId(), plan.getTitle(), risk.getId(), risk.getCategory(), risk.getTitle(),
					risk.getProbability(), risk.getImpact(), risk.score().orElse(null), risk.getImpactAmount(),
					risk.expectedMonetaryImpact().orElse(null), code(risk.getStrategy()), code(risk.getStatus()),
					risk.getOwner(), risk.getMitigation(), risk.getContingency()));
		}
		return new ExportTable(ExportTableName.RISKS.code(),
				List.of("plan_id", "plan", "risk_id", "category", "risk", "probability", "impact", "score",
						"impact_amount", "expected_loss", "strategy", "status", "owner", "mitigation", "contingency"),
				rows);
	}

	private Map<Long, String> kpiNames(Plan plan) {
		return this.kpis.all(plan.getId(), KpiFilter.none())
			.stream()
			.collect(Collectors.toMap(Kpi::getId, Kpi::getName));
	}

	private ExportTable campaigns(Plan plan) {
		Map<Long, String> kpiNames = kpiNames(plan);
		Map<Long, String> lineNames = new HashMap<>();
		collectLineNames(this.budget.tree(plan.getId()), lineNames);
		List<List<Object>> rows = new ArrayList<>();
		for (Campaign campaign : this.campaigns.all(plan.getId())) {
			rows.add(row(plan.getId(), plan.getTitle(), campaign.getId(), campaign.getName(), campaign.getStartDate(),
					campaign.getEndDate(), lineNames.get(campaign.getBudgetLineId()),
					String.join(", ", campaign.getChannelCodes()),
					campaign.getKpiIds()
						.stream()
						.map((id) -> kpiNames.getOrDefault(id, String.valueOf(id)))
						.collect(Collectors.joining(", ")),
					campaign.getDescription()));
		}
		return new ExportTable(ExportTableName.CAMPAIGNS.code(), List.of("plan_id", "plan", "campaign_id", "campaign",
				"start_date", "end_date", "budget_line", "channels", "kpis", "description"), rows);
	}

	private Map<Long, String> phaseNames(Plan plan) {
		return this.phases.all(plan.getId())
			.stream()
			.collect(Collectors.toMap(Phase::getId, Phase::getName, (a, b) -> a));
	}

	private static void collectLineNames(List<BudgetLineNode> nodes, Map<Long, String> names) {
		for (BudgetLineNode node : nodes) {
			names.put(node.id(), node.name());
			collectLineNames(node.children(), names);
		}
	}

	private static String code(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static List<Object> row(Object... cells) {
		return Arrays.asList(Arrays.stream(cells).map(PlanExports::normalize).toArray());
	}

	/** Numbers as people write them: no trailing zeros, never in exponent form. */
	private static Object normalize(Object cell) {
		if (cell instanceof BigDecimal number) {
			BigDecimal stripped = number.stripTrailingZeros();
			return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
		}
		return cell;
	}

}
