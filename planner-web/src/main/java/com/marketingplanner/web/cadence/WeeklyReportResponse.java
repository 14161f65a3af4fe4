package com.marketingplanner.web.cadence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.analytics.goal.GoalStatus;
import com.marketingplanner.domain.alert.AlertSeverity;
import com.marketingplanner.domain.alert.AlertStatus;
import com.marketingplanner.domain.cadence.WeeklyReport;
import com.marketingplanner.domain.goal.KpiMeasurement;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.web.alert.AlertFormat;
import com.marketingplanner.web.analytics.RoiResponse;

/**
 * The weekly effect report (营销效果周报) as the API shows it. {@code days} are the week's days
 * inside the plan; KPI values are each KPI's latest value whose period ends in the week
 * (and in the week before), with the attainment and status of this week's value; channel
 * rows are the ROI report's rows of the week's days ({@code GET
 * /api/v1/plans/{id}/analytics/roi} over those days); the budget compares the week's
 * spend with the week's share of the budget.
 */
public record WeeklyReportResponse(String week, DateRange days, String previousWeek, DateRange previousDays,
		String firstWeek, String lastWeek, String currency, List<KpiRow> kpis, int kpisNotMeasured,
		List<ChannelRow> channels, ChannelRow total, Budget budget, List<AlertRow> alerts) {

	static WeeklyReportResponse from(WeeklyReport report, AlertFormat alerts) {
		return new WeeklyReportResponse(report.week().toString(), report.days(), report.previousWeek().toString(),
				report.previousDays(), report.firstWeek().toString(), report.lastWeek().toString(), report.currency(),
				report.kpis().stream().map(KpiRow::of).toList(), report.kpisNotMeasured(),
				report.channels().stream().map(ChannelRow::of).toList(), ChannelRow.of(report.channelTotal()),
				new Budget(report.budget().spent(), report.budget().lastWeekSpent(), report.budget().weeklyShare(),
						report.budget().spentPercent()),
				report.alerts()
					.stream()
					.map((alert) -> new AlertRow(alert.getId(), alert.getSeverity(), alert.getStatus(),
							alerts.message(alert), alert.getRaisedAt()))
					.toList());
	}

	/**
	 * A KPI this week ({@code value}, {@code periodEnd}) and the week before;
	 * {@code change} = value − lastWeekValue.
	 */
	public record KpiRow(long kpiId, String name, String unit, BigDecimal target, BigDecimal value, LocalDate periodEnd,
			BigDecimal lastWeekValue, BigDecimal change, Double attainment, GoalStatus status) {

		static KpiRow of(WeeklyReport.KpiWeek row) {
			return new KpiRow(row.kpi().getId(), row.kpi().getName(), row.kpi().getUnit(), plain(row.kpi().getTarget()),
					value(row.thisWeek()), (row.thisWeek() != null) ? row.thisWeek().getPeriodEnd() : null,
					value(row.lastWeek()), plain(row.change()),
					row.attainment().ratio().isPresent() ? row.attainment().ratio().getAsDouble() : null,
					row.attainment().status());
		}

		private static BigDecimal value(KpiMeasurement measurement) {
			return (measurement != null) ? plain(measurement.getValue()) : null;
		}

		private static BigDecimal plain(BigDecimal value) {
			return (value != null) ? value.stripTrailingZeros() : null;
		}

	}

	/** A channel (null = all channels) this week and the week before, as ROI rows. */
	public record ChannelRow(String channel, RoiResponse.Row thisWeek, RoiResponse.Row lastWeek) {

		static ChannelRow of(WeeklyReport.ChannelWeek row) {
			return new ChannelRow(row.channel(), (row.thisWeek() != null) ? RoiResponse.Row.of(row.thisWeek()) : null,
					(row.lastWeek() != null) ? RoiResponse.Row.of(row.lastWeek()) : null);
		}

	}

	/** Spend this week and the week before against the week's share of the budget. */
	public record Budget(BigDecimal spent, BigDecimal lastWeekSpent, BigDecimal weeklyShare, BigDecimal spentPercent) {
	}

	/** An alert raised in the week, in the client's language. */
	public record AlertRow(long id, AlertSeverity severity, AlertStatus status, String message, Instant raisedAt) {
	}

}
