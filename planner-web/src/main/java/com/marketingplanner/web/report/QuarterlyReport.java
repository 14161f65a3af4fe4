package com.marketingplanner.web.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import com.marketingplanner.analytics.goal.GoalStatus;
import com.marketingplanner.domain.plan.PlanStatus;
import com.marketingplanner.domain.report.Quarter;
import com.marketingplanner.domain.risk.RiskHeatMap;
import com.marketingplanner.domain.risk.RiskStatus;
import com.marketingplanner.domain.risk.RiskStrategy;
import com.marketingplanner.domain.timeline.MilestoneStatus;
import com.marketingplanner.web.goal.KpiView;

/**
 * Everything the quarterly report of a plan shows, read in one transaction and detached
 * from the database (the template and the charts only read these records). Amounts are in
 * the plan's currency; percentages in percent with one decimal; {@code null} is "not
 * defined".
 */
public record QuarterlyReport(Cover cover, Summary summary, List<GoalBlock> goals, Budget budget,
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
			LocalDate periodStart, LocalDate periodEnd, Quarter quarter, ZonedDateTime generatedAt) {
	}

	/**
	 * @param kpiTotal the plan's own KPIs (benchmark cases left out)
	 * @param kpisByStatus KPIs per status at the end of the quarter
	 * @param budgetQuarter planned and spent in the quarter
	 * @param budgetYearToDate planned and spent from January 1 (not before the plan
	 * start) to the end of the quarter
	 * @param findings budget-check findings and timeline warnings that are open now
	 */
	public record Summary(int kpiTotal, Map<GoalStatus, Integer> kpisByStatus, PlanVsActual budgetQuarter,
			PlanVsActual budgetYearToDate, BigDecimal planTotal, BigDecimal allocated, List<String> findings) {

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
	 * neither done, missed nor cancelled.
	 */
	public record MilestoneRow(String title, LocalDate dueDate, String phase, MilestoneStatus status, boolean overdue,
			String deliverable) {
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
