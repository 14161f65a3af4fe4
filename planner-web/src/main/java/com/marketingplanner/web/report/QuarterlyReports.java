package com.marketingplanner.web.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import com.marketingplanner.analytics.goal.GoalStatus;
import com.marketingplanner.domain.budget.BudgetCheckService;
import com.marketingplanner.domain.budget.BudgetLineNode;
import com.marketingplanner.domain.budget.BudgetReport;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.goal.Goal;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiFilter;
import com.marketingplanner.domain.goal.KpiMeasurement;
import com.marketingplanner.domain.goal.KpiMeasurementRepository;
import com.marketingplanner.domain.goal.KpiService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.report.BudgetPacing;
import com.marketingplanner.domain.report.Quarter;
import com.marketingplanner.domain.risk.Risk;
import com.marketingplanner.domain.risk.RiskHeatMap;
import com.marketingplanner.domain.risk.RiskService;
import com.marketingplanner.domain.risk.RiskStatus;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.timeline.Milestone;
import com.marketingplanner.domain.timeline.MilestoneGates;
import com.marketingplanner.domain.timeline.MilestoneService;
import com.marketingplanner.domain.timeline.MilestoneStatus;
import com.marketingplanner.domain.timeline.Phase;
import com.marketingplanner.domain.timeline.PhaseService;
import com.marketingplanner.domain.timeline.TimelineService;
import com.marketingplanner.domain.timeline.TimelineWarning;
import com.marketingplanner.web.budget.BudgetFormat;
import com.marketingplanner.web.goal.KpiView;
import com.marketingplanner.web.report.QuarterlyReport.BudgetRow;
import com.marketingplanner.web.report.QuarterlyReport.Cover;
import com.marketingplanner.web.report.QuarterlyReport.Gantt;
import com.marketingplanner.web.report.QuarterlyReport.GanttBar;
import com.marketingplanner.web.report.QuarterlyReport.GoalBlock;
import com.marketingplanner.web.report.QuarterlyReport.MilestoneRow;
import com.marketingplanner.web.timeline.GateTexts;
import com.marketingplanner.web.report.QuarterlyReport.NextQuarter;
import com.marketingplanner.web.report.QuarterlyReport.PlanVsActual;
import com.marketingplanner.web.report.QuarterlyReport.Results;
import com.marketingplanner.web.report.QuarterlyReport.RiskRow;
import com.marketingplanner.web.report.QuarterlyReport.Risks;
import com.marketingplanner.web.report.QuarterlyReport.Summary;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the quarterly report of a plan shows, with the same services (and so the
 * same numbers) as the plan's pages, in one read-only transaction:
 * <ul>
 * <li>KPIs: each KPI's status at the end of the quarter, i.e. evaluated ({@link KpiView})
 * against its latest measurement whose period ended by then — for the current quarter
 * this is the status the goals page shows;</li>
 * <li>budget: the budget check's figures for the whole plan, and planned against spent in
 * the quarter and the year to date by {@link BudgetPacing};</li>
 * <li>milestones due in the quarter and in the next one, the phases touching the quarter;
 * </li>
 * <li>risks: the register's heat map and its highest-scored open risks;</li>
 * <li>marketing results of the quarter and open alerts: {@link QuarterlyResults}.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
class QuarterlyReports {

	static final int TOP_RISKS = 5;

	private final PlanService plans;

	private final KpiService kpis;

	private final KpiMeasurementRepository measurements;

	private final BudgetService budget;

	private final BudgetCheckService budgetChecks;

	private final BudgetFormat budgetFormat;

	private final ChannelService channels;

	private final MilestoneService milestones;

	private final PhaseService phases;

	private final TimelineService timeline;

	private final RiskService risks;

	private final QuarterlyResults results;

	private final MessageSource messages;

	private final Clock clock;

	private final PlanReferences references;

	private final GateTexts gateTexts;

	QuarterlyReports(PlanService plans, KpiService kpis, KpiMeasurementRepository measurements, BudgetService budget,
			BudgetCheckService budgetChecks, BudgetFormat budgetFormat, ChannelService channels,
			MilestoneService milestones, PhaseService phases, TimelineService timeline, RiskService risks,
			QuarterlyResults results, MessageSource messages, Optional<Clock> clock, PlanReferences references,
			GateTexts gateTexts) {
		this.references = references;
		this.gateTexts = gateTexts;
		this.plans = plans;
		this.kpis = kpis;
		this.measurements = measurements;
		this.budget = budget;
		this.budgetChecks = budgetChecks;
		this.budgetFormat = budgetFormat;
		this.channels = channels;
		this.milestones = milestones;
		this.phases = phases;
		this.timeline = timeline;
		this.risks = risks;
		this.results = results;
		this.messages = messages;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** The quarters a report can be made for: those the plan period touches. */
	List<Quarter> quarters(long planId) {
		return Quarter.covering(this.plans.get(planId).period());
	}

	/**
	 * @param quarterText the quarter as {@code 2026-Q2}
	 * @throws com.marketingplanner.domain.shared.ResourceNotFoundException for an unknown
	 * plan
	 * @throws BusinessRuleViolation on {@code quarter} when it is malformed or outside
	 * the plan period
	 */
	QuarterlyReport build(long planId, String quarterText) {
		Plan plan = this.plans.get(planId);
		Quarter quarter = Quarter.parse(quarterText);
		DateRange period = plan.period();
		if (!quarter.overlaps(period)) {
			throw new BusinessRuleViolation("quarter", "error.report.quarter-outside",
					"Quarter " + quarter + " is outside the plan period " + period.start() + " – " + period.end(),
					quarter.toString(), period.start(), period.end());
		}
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		LocalDate today = now.toLocalDate();
		List<Phase> planPhases = this.phases.all(planId);
		Map<Long, String> phaseNames = new HashMap<>();
		planPhases.forEach((phase) -> phaseNames.put(phase.getId(), phase.getName()));
		List<Milestone> planMilestones = this.milestones.all(planId);
		BudgetReport check = this.budgetChecks.check(planId);
		List<BudgetLineNode> tree = this.budget.tree(planId);
		BudgetPacing pacing = pacing(plan, tree, planPhases);
		DateRange quarterRange = quarter.range();
		DateRange yearToDate = quarter.yearToDate(period.start());
		List<GoalBlock> goals = goals(planId, quarter.end());
		Map<String, String> channelNames = channelNames();

		Cover cover = new Cover(planId, plan.getTitle(), plan.getDescription(), plan.getOwner().getDisplayName(),
				plan.getStatus(), plan.getCurrency(), period.start(), period.end(), quarter, now, plan.getPlanKind(),
				plan.isCurrencyStated(), plan.getContextCurrency());
		PlanVsActual budgetQuarter = new PlanVsActual(pacing.plannedTotal(quarterRange),
				pacing.spentTotal(quarterRange));
		PlanVsActual budgetYearToDate = new PlanVsActual(pacing.plannedTotal(yearToDate),
				pacing.spentTotal(yearToDate));
		Summary summary = new Summary(kpiTotal(goals), statusCounts(goals), budgetQuarter, budgetYearToDate,
				check.planTotal(), check.allocated(), findings(planId, check, plan.getCurrency()),
				this.results.openAlerts(planId));
		QuarterlyReport.Budget budgetSection = new QuarterlyReport.Budget(
				budgetRows(tree, pacing, quarterRange, yearToDate, channelNames),
				channelRows(tree, pacing, quarterRange, yearToDate, channelNames), budgetQuarter, budgetYearToDate);
		Function<Milestone, MilestoneRow> milestoneRow = milestoneRow(planId, planMilestones, phaseNames, today);
		List<MilestoneRow> dueInQuarter = milestoneRows(planMilestones, quarterRange, milestoneRow);
		Gantt gantt = new Gantt(quarterRange.start(), quarterRange.end(), today,
				planPhases.stream()
					.filter((phase) -> phase.overlaps(quarterRange))
					.map((phase) -> new GanttBar(phase.getName(), phase.getStartDate(), phase.getEndDate()))
					.toList(),
				dueInQuarter);
		Results results = this.results.of(planId, quarter.within(period), channelNames);
		return new QuarterlyReport(cover, summary, goals, budgetSection, results, dueInQuarter, gantt, risks(planId),
				next(quarter, period, planMilestones, milestoneRow, tree, pacing, channelNames));
	}

	private List<GoalBlock> goals(long planId, LocalDate asOf) {
		List<Kpi> own = this.kpis.all(planId, KpiFilter.none())
			.stream()
			.filter((kpi) -> !kpi.isBenchmarkCase())
			.toList();
		Map<Long, KpiMeasurement> latest = new HashMap<>();
		if (!own.isEmpty()) {
			for (KpiMeasurement measurement : this.measurements
				.findNewestFirst(own.stream().map(Kpi::getId).toList())) {
				if (!measurement.getPeriodEnd().isAfter(asOf)) {
					latest.putIfAbsent(measurement.getKpi().getId(), measurement);
				}
			}
		}
		Map<Long, GoalBlockBuilder> byGoal = new LinkedHashMap<>();
		for (Kpi kpi : own) {
			Goal goal = kpi.getGoal();
			Long key = (goal != null) ? goal.getId() : null;
			byGoal.computeIfAbsent(key, (id) -> new GoalBlockBuilder((goal != null) ? goal.getTitle() : null))
				.kpis()
				.add(KpiView.of(kpi, latest.get(kpi.getId())));
		}
		return byGoal.values()
			.stream()
			.map((block) -> new GoalBlock(block.title(), List.copyOf(block.kpis())))
			.toList();
	}

	private static int kpiTotal(List<GoalBlock> goals) {
		return goals.stream().mapToInt((goal) -> goal.kpis().size()).sum();
	}

	private static Map<GoalStatus, Integer> statusCounts(List<GoalBlock> goals) {
		Map<GoalStatus, Integer> counts = new EnumMap<>(GoalStatus.class);
		goals.forEach((goal) -> goal.kpis().forEach((kpi) -> counts.merge(kpi.status(), 1, Integer::sum)));
		return counts;
	}

	private List<String> findings(long planId, BudgetReport check, String currency) {
		List<String> findings = new ArrayList<>();
		check.warnings().forEach((warning) -> findings.add(this.budgetFormat.warning(warning, currency)));
		for (TimelineWarning warning : this.timeline.warnings(planId)) {
			findings.add(this.messages.getMessage(warning.messageKey(), warning.arguments().toArray(),
					warning.defaultMessage(), LocaleContextHolder.getLocale()));
		}
		return findings;
	}

	private BudgetPacing pacing(Plan plan, List<BudgetLineNode> tree, List<Phase> planPhases) {
		Map<Long, DateRange> phaseRanges = new HashMap<>();
		planPhases.forEach((phase) -> phaseRanges.put(phase.getId(), phase.period()));
		List<BudgetPacing.LineSpend> spend = this.budget.allSpend(plan.getId())
			.stream()
			.map((entry) -> new BudgetPacing.LineSpend(entry.getLine().getId(), entry.getSpentOn(), entry.getAmount()))
			.toList();
		return new BudgetPacing(plan.period(), tree, phaseRanges, spend);
	}

	private static List<BudgetRow> budgetRows(List<BudgetLineNode> tree, BudgetPacing pacing, DateRange quarter,
			DateRange yearToDate, Map<String, String> channelNames) {
		List<BudgetRow> rows = new ArrayList<>();
		addRows(rows, tree, 0, pacing, quarter, yearToDate, channelNames);
		return rows;
	}

	private static void addRows(List<BudgetRow> rows, List<BudgetLineNode> nodes, int depth, BudgetPacing pacing,
			DateRange quarter, DateRange yearToDate, Map<String, String> channelNames) {
		for (BudgetLineNode node : nodes) {
			rows.add(new BudgetRow(depth, node.name(), channelName(channelNames, node.channelCode()),
					node.effectiveAmount(),
					new PlanVsActual(pacing.planned(node.id(), quarter), pacing.spent(node.id(), quarter)),
					new PlanVsActual(pacing.planned(node.id(), yearToDate), pacing.spent(node.id(), yearToDate))));
			addRows(rows, node.children(), depth + 1, pacing, quarter, yearToDate, channelNames);
		}
	}

	/**
	 * Per channel, the top-most lines that name it (a line under a line of the same
	 * channel is not counted twice), as the budget check sums a channel.
	 */
	private static List<BudgetRow> channelRows(List<BudgetLineNode> tree, BudgetPacing pacing, DateRange quarter,
			DateRange yearToDate, Map<String, String> channelNames) {
		Map<String, List<BudgetLineNode>> byChannel = new LinkedHashMap<>();
		collectChannels(tree, byChannel, null);
		List<BudgetRow> rows = new ArrayList<>();
		byChannel.forEach((code, lines) -> rows.add(new BudgetRow(0, channelName(channelNames, code), code,
				sum(lines.stream().map(BudgetLineNode::effectiveAmount).toList()),
				new PlanVsActual(sum(lines.stream().map((line) -> pacing.planned(line.id(), quarter)).toList()),
						sum(lines.stream().map((line) -> pacing.spent(line.id(), quarter)).toList())),
				new PlanVsActual(sum(lines.stream().map((line) -> pacing.planned(line.id(), yearToDate)).toList()),
						sum(lines.stream().map((line) -> pacing.spent(line.id(), yearToDate)).toList())))));
		return rows;
	}

	private static void collectChannels(List<BudgetLineNode> nodes, Map<String, List<BudgetLineNode>> byChannel,
			String enclosingChannel) {
		for (BudgetLineNode node : nodes) {
			String code = node.channelCode();
			if (code != null && !code.equals(enclosingChannel)) {
				byChannel.computeIfAbsent(code, (key) -> new ArrayList<>()).add(node);
			}
			collectChannels(node.children(), byChannel, (code != null) ? code : enclosingChannel);
		}
	}

	private static BigDecimal sum(List<BigDecimal> values) {
		return values.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
	}

	/** The catalog's channel names in the reader's language, by code. */
	private Map<String, String> channelNames() {
		Map<String, String> names = new HashMap<>();
		this.channels.all()
			.forEach((channel) -> names.put(channel.getCode(), channel.displayName(LocaleContextHolder.getLocale())));
		return names;
	}

	private static String channelName(Map<String, String> names, String code) {
		return (code != null) ? names.getOrDefault(code, code) : null;
	}

	/**
	 * A milestone as a row of the report: its status, whether it is overdue, and its gate
	 * with where it stands against the KPIs' latest values.
	 */
	private Function<Milestone, MilestoneRow> milestoneRow(long planId, List<Milestone> all,
			Map<Long, String> phaseNames, LocalDate today) {
		MilestoneGates gates = this.milestones.gates(all);
		Map<Long, String> kpiNames = this.references.kpiNames(planId);
		return (milestone) -> new MilestoneRow(milestone.getTitle(), milestone.getDueDate(),
				phaseNames.get(milestone.getPhaseId()), milestone.getStatus(), milestone.isOverdueOn(today),
				milestone.getDeliverable(),
				milestone.getGateConditions().stream().map((c) -> this.gateTexts.condition(c, kpiNames)).toList(),
				gates.stateOf(milestone));
	}

	private static List<MilestoneRow> milestoneRows(List<Milestone> all, DateRange range,
			Function<Milestone, MilestoneRow> toRow) {
		return all.stream()
			.filter((milestone) -> range.contains(milestone.getDueDate()))
			.sorted(Comparator.comparing(Milestone::getDueDate).thenComparing(Milestone::getId))
			.map(toRow)
			.toList();
	}

	private Risks risks(long planId) {
		List<Risk> register = this.risks.all(planId);
		List<RiskRow> top = register.stream()
			.filter((risk) -> risk.getStatus() != RiskStatus.CLOSED)
			.sorted(Comparator
				.comparing((Risk risk) -> risk.score().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(Risk::getProbability, Comparator.nullsLast(Comparator.reverseOrder())))
			.limit(TOP_RISKS)
			.map((risk) -> new RiskRow(risk.getCategory(), risk.getTitle(), risk.getProbability(),
					risk.impactLevel().orElse(null), risk.score().orElse(null),
					risk.expectedMonetaryImpact().orElse(null), risk.getStrategy(), risk.getStatus(),
					risk.getMitigation(), risk.getOwner()))
			.toList();
		return new Risks(register.size(), RiskHeatMap.of(register), top);
	}

	private static NextQuarter next(Quarter quarter, DateRange period, List<Milestone> all,
			Function<Milestone, MilestoneRow> toRow, List<BudgetLineNode> tree, BudgetPacing pacing,
			Map<String, String> channelNames) {
		Quarter next = quarter.next();
		if (!next.overlaps(period)) {
			return new NextQuarter(null, List.of(), List.of(), null);
		}
		DateRange range = next.range();
		List<BudgetRow> budgetRows = tree.stream()
			.map((line) -> new BudgetRow(0, line.name(), channelName(channelNames, line.channelCode()),
					line.effectiveAmount(), new PlanVsActual(pacing.planned(line.id(), range), null), null))
			.toList();
		return new NextQuarter(next, milestoneRows(all, range, toRow), budgetRows, pacing.plannedTotal(range));
	}

	private record GoalBlockBuilder(String title, List<KpiView> kpis) {

		GoalBlockBuilder(String title) {
			this(title, new ArrayList<>());
		}

	}

}
