package com.marketingplanner.domain.cadence;

import java.math.BigDecimal;
import java.util.List;

import com.marketingplanner.analytics.goal.Attainment;
import com.marketingplanner.domain.alert.Alert;
import com.marketingplanner.domain.analytics.RoiService.RoiRow;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiMeasurement;
import com.marketingplanner.domain.shared.DateRange;

/**
 * The weekly effect report (营销效果周报) of a plan for one ISO week: every measured metric of
 * the plan this week against the week before and against its target.
 *
 * @param week the week
 * @param days the days of the week inside the plan
 * @param previousWeek the week before
 * @param previousDays the days of the week before inside the plan, or {@code null} when
 * it lies before the plan
 * @param firstWeek the plan's first week (for the picker)
 * @param lastWeek the plan's last week (for the picker)
 * @param currency the plan's currency
 * @param kpis the KPIs measured in this week or the week before, in the plan's order
 * @param kpisNotMeasured the plan's other KPIs (no value in either week)
 * @param channels per channel: this week and the week before (the ROI report of each
 * week's days)
 * @param channelTotal all channels together, this week and the week before
 * @param budget spend against the week's share of the budget
 * @param alerts the alerts raised in the week, oldest first
 */
public record WeeklyReport(IsoWeek week, DateRange days, IsoWeek previousWeek, DateRange previousDays,
		IsoWeek firstWeek, IsoWeek lastWeek, String currency, List<KpiWeek> kpis, int kpisNotMeasured,
		List<ChannelWeek> channels, ChannelWeek channelTotal, BudgetWeek budget, List<Alert> alerts) {

	/**
	 * A KPI's value as of the end of the week (its latest measurement whose period ended
	 * by then) and as of the end of the week before, and its attainment at this week's
	 * value (computed by {@link Kpi#attainment}).
	 */
	public record KpiWeek(Kpi kpi, KpiMeasurement thisWeek, KpiMeasurement lastWeek, Attainment attainment) {

		/** This week's value − last week's; {@code null} unless both are measured. */
		public BigDecimal change() {
			return (this.thisWeek != null && this.lastWeek != null)
					? this.thisWeek.getValue().subtract(this.lastWeek.getValue()) : null;
		}

	}

	/**
	 * A channel's results in the week and in the week before ({@code null} rows when the
	 * channel has nothing in that week).
	 */
	public record ChannelWeek(String channel, RoiRow thisWeek, RoiRow lastWeek) {

	}

	/**
	 * Spend against the week's share of the budget.
	 *
	 * @param spent the spend of the week's days (as in the ROI report: each channel's own
	 * report, else the plan's bookings), or {@code null} when nothing was spent
	 * @param lastWeekSpent the same for the week before
	 * @param weeklyShare Σ over the week's days in the plan of the month's budget ÷ the
	 * month's days, the month's budget being that of its budget period (002: 500万 ÷ 12
	 * for year 1), else the plan total ÷ its months; {@code null} without a budget
	 * @param spentPercent spent ÷ weeklyShare in percent (one decimal), or {@code null}
	 */
	public record BudgetWeek(BigDecimal spent, BigDecimal lastWeekSpent, BigDecimal weeklyShare,
			BigDecimal spentPercent) {

	}

}
