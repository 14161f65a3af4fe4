package com.marketingplanner.web.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import com.marketingplanner.analytics.goal.GoalStatus;
import com.marketingplanner.domain.alert.AlertSeverity;
import com.marketingplanner.domain.alert.AlertStatus;
import com.marketingplanner.domain.plan.PlanKind;
import com.marketingplanner.domain.plan.PlanStatus;
import com.marketingplanner.domain.report.Quarter;
import com.marketingplanner.domain.risk.RiskHeatMap;
import com.marketingplanner.domain.risk.RiskStatus;
import com.marketingplanner.domain.risk.RiskStrategy;
import com.marketingplanner.domain.timeline.GateState;
import com.marketingplanner.domain.timeline.MilestoneStatus;
import com.marketingplanner.web.goal.KpiView;

/**
 * Everything the quarterly report of a plan shows, read in one transaction and detached
 * from the database (the template and the charts only read these records). Amounts are in
 * the plan's currency; percentages in percent with one decimal; {@code null} is "not
 * defined".
 */
public record QuarterlyReport(Cover cover, Summary summary, List<GoalBlock> goals, Budget budget, Results results,
		List<MilestoneRow> milestones, Gantt gantt, Risks risks, NextQuarter next) {

	/**
	 * actual ÷ planned in percent (one decimal); {@code null} when planned is 0 or
	 * unknown.
	 */
	public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (part == null || whole == null || whole.signum() == 0) {
			return null;
		}
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
	}

	public record Cover(long planId, String title, String description, String owner, PlanStatus status, String currency,
			LocalDate periodStart, LocalDate periodEnd, Quarter quarter, ZonedDateTime generatedAt, PlanKind planKind,
			boolean currencyStated, String contextCurrency) {
	}

	/**
	 * @param kpiTotal the plan's own KPIs (benchmark cases left out)
	 * @param kpisByStatus KPIs per status at the end of the quarter
	 * @param budgetQuarter planned and spent in the quarter
	 * @param budgetYearToDate planned and spent from January 1 (not before the plan
	 * start) to the end of the quarter
	 * @param findings budget-check findings and timeline warnings that are open now
	 * @param alerts the plan's early-warning alerts not resolved now
	 */
	public record Summary(int kpiTotal, Map<GoalStatus, Integer> kpisByStatus, PlanVsActual budgetQuarter,
			PlanVsActual budgetYearToDate, BigDecimal planTotal, BigDecimal allocated, List<String> findings,
			Alerts alerts) {

		/** KPIs on target or beyond. */
		public int kpisOnTarget() {
			return this.kpisByStatus.getOrDefault(GoalStatus.ON_TARGET, 0)
					+ this.kpisByStatus.getOrDefault(GoalStatus.STRETCH_MET, 0);
		}

		/** KPIs with a measurement and levels to compare it with. */
		public int kpisMeasured() {
			return this.kpiTotal - this.kpisByStatus.getOrDefault(GoalStatus.NOT_MEASURED, 0)
					- this.kpisByStatus.getOrDefault(GoalStatus.UNDEFINED, 0);
		}

	}

	/** Planned against spent over a range of days. */
	public record PlanVsActual(BigDecimal planned, BigDecimal spent) {

		public BigDecimal usedPercent() {
			return percent(this.spent, this.planned);
		}

	}

	/**
	 * @param total how many alerts are not resolved
	 * @param newest the newest of them, the most severe first among equals
	 */
	public record Alerts(long total, List<AlertLine> newest) {
	}

	/** An alert in the words of the alerts page. */
	public record AlertLine(AlertSeverity severity, AlertStatus status, String message, Instant raisedAt) {
	}

	/**
	 * The marketing results of the quarter's days inside the plan period, as the
	 * analytics pages compute them for the plan period: return on spend by channel, the
	 * funnel of the channel actuals' counts and the attribution of the journeys.
	 *
	 * @param roi every channel with a plan or actuals
	 * @param missingStages funnel stages no channel reported
	 * @param models the attribution models, in the order of each credit line's shares
	 * @param credits per channel its share of the conversions under each model
	 * @param journeys the journeys attributed
	 */
	public record Results(LocalDate from, LocalDate to, List<RoiLine> roi, RoiLine roiTotal, List<FunnelStage> funnel,
			List<String> missingStages, List<String> models, List<CreditLine> credits, long journeys) {

		/**
		 * Whether a channel reported revenue or funnel counts, or journeys were recorded
		 * (spend alone is in the budget section already).
		 */
		public boolean hasData() {
			return hasRoi() || !this.funnel.isEmpty() || !this.credits.isEmpty();
		}

		/** Whether a channel reported revenue, so that a return can be shown. */
		public boolean hasRoi() {
			return this.roi.stream().anyMatch((line) -> line.revenue() != null);
		}

	}

	/**
	 * A channel's (or, with {@code channel} null, all channels') return on spend; ratios
	 * {@code null} where not defined.
	 */
	public record RoiLine(String channel, BigDecimal plannedSpend, BigDecimal spend, BigDecimal revenue, Long orders,
			Long newCustomers, Double roi, Double roas, Double cac) {
	}

	/**
	 * A funnel stage: its count and the rates from the stage before and from the first.
	 */
	public record FunnelStage(String stage, long count, Double stepRate, Double cumulativeRate) {
	}

	/** A channel's shares of the conversions, one per model. */
	public record CreditLine(String channel, List<Double> shares) {
	}

	/** A goal (or the KPIs directly under the plan when {@code title} is null). */
	public record GoalBlock(String title, List<KpiView> kpis) {
	}

	/**
	 * @param lines every budget line in tree order with its depth
	 * @param channels per channel the top-most lines naming it
	 * @param quarter the whole budget in the quarter
	 */
	public record Budget(List<BudgetRow> lines, List<BudgetRow> channels, PlanVsActual quarter,
			PlanVsActual yearToDate) {
	}

	/**
	 * A budget line or a channel: its amount for the whole plan, and planned against
	 * spent in the quarter and year to date.
	 */
	public record BudgetRow(int depth, String name, String channel, BigDecimal planTotal, PlanVsActual quarter,
			PlanVsActual yearToDate) {
	}

	/**
	 * A milestone due in the quarter; {@code overdue} when its day has passed and it is
	 * neither done, missed nor cancelled; its gate's conditions in words and where the
	 * gate stands ({@code null} without a gate).
	 */
	public record MilestoneRow(String title, LocalDate dueDate, String phase, MilestoneStatus status, boolean overdue,
			String deliverable, List<String> gateConditions, GateState gateState) {
	}

	/** The phases and milestones that touch the quarter, for the Gantt strip. */
	public record Gantt(LocalDate start, LocalDate end, LocalDate today, List<GanttBar> phases,
			List<MilestoneRow> milestones) {
	}

	public record GanttBar(String name, LocalDate start, LocalDate end) {
	}

	/**
	 * @param heatMap the 5×5 map of the whole register, as the risks page shows it
	 * @param top the highest-scored risks that are not closed
	 */
	public record Risks(int total, RiskHeatMap heatMap, List<RiskRow> top) {
	}

	public record RiskRow(String category, String title, BigDecimal probability, Integer impact, BigDecimal score,
			BigDecimal expectedLoss, RiskStrategy strategy, RiskStatus status, String mitigation, String owner) {
	}

	/**
	 * The quarter after the reported one, when the plan still runs then ({@code quarter}
	 * is null otherwise).
	 */
	public record NextQuarter(Quarter quarter, List<MilestoneRow> milestones, List<BudgetRow> budget,
			BigDecimal planned) {
	}

}
