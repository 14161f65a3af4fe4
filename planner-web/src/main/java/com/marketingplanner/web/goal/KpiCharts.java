package com.marketingplanner.web.goal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.EnumMap;

import com.marketingplanner.domain.goal.GoalCategory;
import com.marketingplanner.domain.goal.KpiMeasurement;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.web.chart.Axis;
import com.marketingplanner.web.chart.Chart;
import com.marketingplanner.web.chart.ChartKind;
import com.marketingplanner.web.chart.Datum;
import com.marketingplanner.web.chart.Series;
import com.marketingplanner.web.chart.Threshold;
import com.marketingplanner.web.chart.Tone;
import com.marketingplanner.web.chart.Unit;
import com.marketingplanner.web.page.DisplayFormat;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The KPI charts, from the same {@link KpiView}s as the KPI tables: a sparkline per tile,
 * a KPI's trend against its baseline, target and challenge, and the radar of a goal
 * category's attainments. Values are written with the KPI's unit as the tables write
 * them.
 */
@Component
public class KpiCharts {

	/** The radar's outer ring: attainment above 150 % is drawn at the ring. */
	static final BigDecimal RADAR_MAX = BigDecimal.valueOf(150);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final DisplayFormat display;

	private final MessageSource messages;

	KpiCharts(DisplayFormat display, MessageSource messages) {
		this.display = display;
		this.messages = messages;
	}

	/** A small line of the KPI's measurements with its target, for a tile. */
	public Chart sparkline(String id, KpiView view, List<KpiMeasurement> history) {
		Chart.Builder chart = Chart.builder(id, ChartKind.SPARKLINE, view.kpi().getName());
		List<Datum> data = new ArrayList<>();
		for (KpiMeasurement measurement : history) {
			chart.category(measurement.getPeriodEnd().toString());
			data.add(Datum.of(measurement.getValue(), valueText(view, measurement.getValue())));
		}
		chart.series(view.kpi().getName(), Series.Style.DEFAULT, KpiHealth.of(view.status()).tone(), data);
		return chart.build();
	}

	/** The KPI's measurements over time against its baseline, target and challenge. */
	public Chart trend(String id, KpiView view, List<KpiMeasurement> history) {
		Chart.Builder chart = Chart.builder(id, ChartKind.LINES, word("kpis.chart.trend"))
			.description(view.kpi().getName())
			.valueAxis(Axis.of(view.kpi().getUnit(), Unit.number(view.kpi().getUnit())));
		List<Datum> data = new ArrayList<>();
		for (KpiMeasurement measurement : history) {
			chart.category(measurement.getPeriodStart() + " – " + measurement.getPeriodEnd());
			data.add(Datum.of(measurement.getValue(), valueText(view, measurement.getValue())));
		}
		chart.series(word("kpis.actual"), Series.Style.LINE, Tone.SERIES_1, data);
		if (view.kpi().getTargetType() != TargetType.RELATIVE_CHANGE
				&& view.kpi().getTargetType() != TargetType.MULTIPLE_OF_BENCHMARK) {
			threshold(chart, "kpis.field.baseline", view.baseline(), view, Tone.NEUTRAL);
			threshold(chart, "kpis.field.target", view.target(), view, Tone.GOOD);
			threshold(chart, "kpis.field.challenge", view.challenge(), view, Tone.INFO);
		}
		return chart.build();
	}

	/**
	 * The attainment of each KPI of one goal category as a radar, with the target (100 %)
	 * as a dashed ring. KPIs without an attainment sit at the centre and read "—".
	 */
	public Chart radar(String id, GoalCategory category, List<KpiView> views) {
		Chart.Builder chart = Chart
			.builder(id, ChartKind.RADAR,
					this.messages.getMessage("enum.GoalCategory." + category, null, category.name(),
							LocaleContextHolder.getLocale()))
			.valueAxis(Axis.of(word("kpis.attainment"), Unit.PERCENT).between(BigDecimal.ZERO, RADAR_MAX));
		List<Datum> attainment = new ArrayList<>();
		List<Datum> target = new ArrayList<>();
		for (KpiView view : views) {
			chart.category(view.kpi().getName());
			BigDecimal percent = view.attainmentPercent();
			attainment
				.add(Datum.of(percent, this.display.percent(percent)).withTone(KpiHealth.of(view.status()).tone()));
			target.add(Datum.of(HUNDRED, this.display.percent(HUNDRED)));
		}
		chart.series(word("kpis.attainment"), Series.Style.DEFAULT, Tone.SERIES_1, attainment);
		if (attainment.stream().anyMatch((datum) -> datum.value() != null)) {
			chart.series(word("kpis.field.target"), Series.Style.DASHED, Tone.GOOD, target);
		}
		return chart.build();
	}

	/**
	 * One radar per goal category with at least three of the plan's own KPIs (a radar
	 * needs three spokes), in the categories' order.
	 */
	public List<Chart> radars(List<KpiView> views) {
		Map<GoalCategory, List<KpiView>> byCategory = new EnumMap<>(GoalCategory.class);
		for (KpiView view : views) {
			GoalCategory category = view.kpi().effectiveCategory();
			if (category != null && !view.kpi().isBenchmarkCase()) {
				byCategory.computeIfAbsent(category, (key) -> new ArrayList<>()).add(view);
			}
		}
		List<Chart> charts = new ArrayList<>();
		byCategory.forEach((category, list) -> {
			if (list.size() >= 3) {
				charts.add(radar("radar-" + category.name().toLowerCase(java.util.Locale.ROOT), category, list));
			}
		});
		return charts;
	}

	/** A level or measured value with the KPI's unit, as the KPI tables write it. */
	public String valueText(KpiView view, BigDecimal value) {
		return this.display.withUnit(value, view.kpi().getUnit());
	}

	/** A level or value shortened for a tile (640B 元), with the KPI's unit. */
	public String compactText(KpiView view, BigDecimal value) {
		String unit = view.kpi().getUnit();
		String number = this.display.compact(value);
		return (value == null || unit == null || unit.isBlank()) ? number : number + " " + unit.strip();
	}

	private void threshold(Chart.Builder chart, String labelKey, BigDecimal value, KpiView view, Tone tone) {
		if (value != null) {
			chart.threshold(new Threshold(word(labelKey), value, valueText(view, value), tone));
		}
	}

	private String word(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/** Oldest-first measurement histories by KPI id, for lookup with a default. */
	static List<KpiMeasurement> historyOf(Map<Long, List<KpiMeasurement>> histories, KpiView view) {
		return histories.getOrDefault(view.kpi().getId(), List.of());
	}

}
