package com.marketingplanner.web.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.marketingplanner.analytics.goal.GoalStatus;
import com.marketingplanner.web.budget.BudgetFormat;
import com.marketingplanner.web.chart.Axis;
import com.marketingplanner.web.chart.Chart;
import com.marketingplanner.web.chart.ChartKind;
import com.marketingplanner.web.chart.Datum;
import com.marketingplanner.web.chart.Marker;
import com.marketingplanner.web.chart.Series;
import com.marketingplanner.web.chart.Span;
import com.marketingplanner.web.chart.Tone;
import com.marketingplanner.web.chart.Unit;
import com.marketingplanner.web.chart.Zone;
import com.marketingplanner.web.page.DisplayFormat;
import com.marketingplanner.web.report.QuarterlyReport.BudgetRow;
import com.marketingplanner.web.report.QuarterlyReport.GanttBar;
import com.marketingplanner.web.report.QuarterlyReport.MilestoneRow;
import com.marketingplanner.web.svg.SvgCharts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The charts of the quarterly report, built as the chart model the pages use
 * ({@link Chart}) from the same records as the report's tables, and drawn as SVG by
 * {@link SvgCharts}: every number on a chart is written as its table writes it.
 */
@Component
public class ReportCharts {

	/** The width of the report's text column (A4 less the margins), in CSS pixels. */
	static final double WIDTH = 670;

	/** The KPI status donut beside its table: about half the column. */
	static final double DONUT_WIDTH = 300;

	private static final Map<GoalStatus, Tone> STATUS_TONES = Map.of(GoalStatus.BELOW_BASELINE, Tone.BAD,
			GoalStatus.BELOW_TARGET, Tone.WARNING, GoalStatus.ON_TARGET, Tone.GOOD, GoalStatus.STRETCH_MET, Tone.INFO,
			GoalStatus.NOT_MEASURED, Tone.MUTED, GoalStatus.UNDEFINED, Tone.NEUTRAL);

	private final DisplayFormat display;

	private final BudgetFormat labels;

	private final MessageSource messages;

	ReportCharts(DisplayFormat display, BudgetFormat labels, MessageSource messages) {
		this.display = display;
		this.labels = labels;
		this.messages = messages;
	}

	Charts of(QuarterlyReport report, Locale locale) {
		String currency = report.cover().currency();
		List<BudgetRow> topLines = report.budget().lines().stream().filter((row) -> row.depth() == 0).toList();
		return new Charts(svg(kpiStatus(report, locale), DONUT_WIDTH),
				svg(planVsSpent("budget-lines", word("report.chart.budget-lines", locale), topLines, currency, locale)),
				svg(planVsSpent("budget-channels", word("report.chart.budget-channels", locale),
						report.budget().channels(), currency, locale)),
				svg(gantt(report, locale)), svg(heatMap(report, locale)), svg(roi(report, locale)),
				svg(funnel(report, locale)));
	}

	/**
	 * Spend and revenue of each channel with actuals in the quarter, as the ROI table
	 * lists them.
	 */
	Chart roi(QuarterlyReport report, Locale locale) {
		String currency = report.cover().currency();
		Chart.Builder chart = Chart.builder("results-roi", ChartKind.BARS, word("report.chart.roi", locale))
			.valueAxis(Axis.of(null, Unit.money(currency)))
			.horizontal();
		List<Datum> spend = new ArrayList<>();
		List<Datum> revenue = new ArrayList<>();
		for (QuarterlyReport.RoiLine line : report.results().roi()) {
			if (line.spend() == null && line.revenue() == null) {
				continue;
			}
			chart.category(line.channel());
			spend.add(Datum.of(line.spend(), this.display.money(line.spend(), currency)));
			revenue.add(Datum.of(line.revenue(), this.display.money(line.revenue(), currency)));
		}
		chart.series(word("analytics.column.spend", locale), Series.Style.DEFAULT, Tone.SERIES_2, spend);
		chart.series(word("analytics.column.revenue", locale), Series.Style.DEFAULT, Tone.SERIES_1, revenue);
		return chart.build();
	}

	/** The funnel of the channels' counts, one bar per stage. */
	Chart funnel(QuarterlyReport report, Locale locale) {
		Chart.Builder chart = Chart.builder("results-funnel", ChartKind.BARS, word("report.results.funnel", locale))
			.valueAxis(Axis.of(null, Unit.NUMBER))
			.horizontal();
		List<Datum> counts = new ArrayList<>();
		for (QuarterlyReport.FunnelStage stage : report.results().funnel()) {
			chart.category(word("analytics.stage." + stage.stage(), locale));
			counts.add(Datum.of(BigDecimal.valueOf(stage.count()),
					this.display.number(BigDecimal.valueOf(stage.count()))));
		}
		return chart.series(word("analytics.column.count", locale), Series.Style.DEFAULT, Tone.SERIES_1, counts)
			.build();
	}

	Chart kpiStatus(QuarterlyReport report, Locale locale) {
		Chart.Builder chart = Chart.builder("kpi-status", ChartKind.DONUT, word("report.summary.kpi-status", locale))
			.valueAxis(Axis.of(null, Unit.NUMBER));
		List<Datum> data = new ArrayList<>();
		report.summary().kpisByStatus().forEach((status, count) -> {
			chart.category(this.labels.label(status));
			data.add(Datum.of(BigDecimal.valueOf(count), String.valueOf(count)).withTone(STATUS_TONES.get(status)));
		});
		return chart.series(word("report.column.kpis", locale), Series.Style.DEFAULT, Tone.SERIES_1, data).build();
	}

	Chart planVsSpent(String id, String title, List<BudgetRow> rows, String currency, Locale locale) {
		Chart.Builder chart = Chart.builder(id, ChartKind.BARS, title)
			.valueAxis(Axis.of(null, Unit.money(currency)))
			.horizontal();
		List<Datum> planned = new ArrayList<>();
		List<Datum> spent = new ArrayList<>();
		for (BudgetRow row : rows) {
			chart.category(row.name());
			BigDecimal plan = row.quarter().planned();
			BigDecimal spend = row.quarter().spent();
			planned.add(Datum.of(plan, this.display.money(plan, currency)));
			Tone tone = (plan != null && spend != null && spend.compareTo(plan) > 0) ? Tone.BAD : null;
			spent.add(Datum.of(spend, this.display.money(spend, currency)).withTone(tone));
		}
		chart.series(word("report.column.planned-quarter", locale), Series.Style.DEFAULT, Tone.SERIES_1, planned);
		chart.series(word("report.column.spent-quarter", locale), Series.Style.DEFAULT, Tone.SERIES_2, spent);
		return chart.build();
	}

	Chart gantt(QuarterlyReport report, Locale locale) {
		QuarterlyReport.Gantt gantt = report.gantt();
		Chart.Builder chart = Chart.builder("gantt", ChartKind.TIMELINE, word("report.section.milestones", locale))
			.period(gantt.start(), gantt.end());
		int row = 0;
		for (GanttBar phase : gantt.phases()) {
			chart.row(phase.name());
			chart.span(new Span("phase-" + row, row, phase.start(), phase.end(), phase.name(), null, Tone.SERIES_1,
					false, false, null));
			row++;
		}
		int index = 0;
		for (MilestoneRow milestone : gantt.milestones()) {
			chart.row(milestone.title());
			chart.span(
					new Span("milestone-" + index++, row, milestone.dueDate(), milestone.dueDate(), fmtDate(milestone),
							this.labels.label(milestone.status()), milestoneTone(milestone), true, false, null));
			row++;
		}
		if (!gantt.today().isBefore(gantt.start()) && !gantt.today().isAfter(gantt.end())) {
			chart.marker(new Marker(word("report.chart.today", locale), gantt.today(), Tone.BAD));
		}
		return chart.build();
	}

	/**
	 * The register's 5×5 heat map: a cell per probability bucket (0.2 wide) and impact,
	 * coloured by probability bucket × impact (≥ 15 high, ≥ 6 medium, else low), with the
	 * number of risks in each occupied cell.
	 */
	Chart heatMap(QuarterlyReport report, Locale locale) {
		Chart.Builder chart = Chart.builder("risk-heat-map", ChartKind.MATRIX, word("report.section.risks", locale))
			.xAxis(Axis.of(word("report.column.probability", locale), Unit.NUMBER)
				.between(BigDecimal.ZERO, BigDecimal.ONE))
			.valueAxis(Axis.of(word("report.column.impact", locale), Unit.NUMBER)
				.between(new BigDecimal("0.5"), new BigDecimal("5.5")));
		BigDecimal fifth = new BigDecimal("0.2");
		List<Datum> cells = new ArrayList<>();
		for (int impact = 1; impact <= 5; impact++) {
			for (int bucket = 1; bucket <= 5; bucket++) {
				int level = bucket * impact;
				Tone tone = (level >= 15) ? Tone.BAD : (level >= 6) ? Tone.WARNING : Tone.GOOD;
				String zoneLabel = word((level >= 15) ? "report.chart.risk-high"
						: (level >= 6) ? "report.chart.risk-medium" : "report.chart.risk-low", locale);
				chart.zone(new Zone(fifth.multiply(BigDecimal.valueOf(bucket - 1)),
						fifth.multiply(BigDecimal.valueOf(bucket)),
						BigDecimal.valueOf(impact).subtract(new BigDecimal("0.5")),
						BigDecimal.valueOf(impact).add(new BigDecimal("0.5")), tone, zoneLabel));
				int count = report.risks().heatMap().count(bucket, impact);
				if (count > 0) {
					cells.add(Datum
						.point(fifth.multiply(BigDecimal.valueOf(bucket)).subtract(new BigDecimal("0.1")),
								BigDecimal.valueOf(impact), String.valueOf(count), String.valueOf(count))
						.withTone(tone));
				}
			}
		}
		return chart.series(word("report.column.risk", locale), Series.Style.DEFAULT, Tone.NEUTRAL, cells).build();
	}

	private static String fmtDate(MilestoneRow milestone) {
		return milestone.dueDate().toString();
	}

	private static Tone milestoneTone(MilestoneRow milestone) {
		return switch (milestone.status()) {
			case DONE -> Tone.GOOD;
			case MISSED -> Tone.BAD;
			case CANCELLED -> Tone.MUTED;
			case IN_PROGRESS -> Tone.INFO;
			case PLANNED -> milestone.overdue() ? Tone.BAD : Tone.SERIES_1;
		};
	}

	private static String svg(Chart chart) {
		return svg(chart, WIDTH);
	}

	private static String svg(Chart chart, double width) {
		return chart.isEmpty() ? null : SvgCharts.render(chart, width);
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/** Each chart as an SVG element, or {@code null} when there is nothing to draw. */
	public record Charts(String kpiStatus, String budgetLines, String budgetChannels, String gantt, String heatMap,
			String roi, String funnel) {
	}

}
