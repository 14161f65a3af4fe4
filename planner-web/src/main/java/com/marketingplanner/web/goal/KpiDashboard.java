package com.marketingplanner.web.goal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiFilter;
import com.marketingplanner.domain.goal.KpiMeasurement;
import com.marketingplanner.domain.goal.KpiService;
import com.marketingplanner.web.chart.Chart;

import org.springframework.stereotype.Component;

/**
 * A plan's KPIs for its dashboards: how many stand in each {@link KpiHealth}, and tiles
 * for the KPIs worth a look (measured ones first, then in plan order), each with its
 * status colour and a sparkline of its measurements. Benchmark cases are not the plan's
 * own commitments and are left out.
 */
@Component
public class KpiDashboard {

	private final KpiService kpis;

	private final KpiViews views;

	private final KpiCharts charts;

	KpiDashboard(KpiService kpis, KpiViews views, KpiCharts charts) {
		this.kpis = kpis;
		this.views = views;
		this.charts = charts;
	}

	/** The plan's own KPIs counted by health, every health present (zero when none). */
	public Map<KpiHealth, Integer> health(long planId) {
		return health(this.views.of(ownKpis(planId)));
	}

	/** Counts and up to {@code tileCount} tiles. */
	public Overview overview(long planId, int tileCount) {
		List<Kpi> own = ownKpis(planId);
		List<KpiView> all = this.views.of(own);
		List<KpiView> chosen = all.stream()
			.sorted(Comparator.comparing((KpiView view) -> view.actual() == null))
			.limit(tileCount)
			.toList();
		Map<Long, List<KpiMeasurement>> history = this.kpis
			.measurementHistory(chosen.stream().map(KpiView::kpi).toList());
		List<Tile> tiles = new ArrayList<>();
		for (KpiView view : chosen) {
			tiles
				.add(new Tile(view, KpiHealth.of(view.status()),
						this.charts.sparkline("kpi-spark-" + view.kpi().getId(), view,
								KpiCharts.historyOf(history, view)),
						this.charts.compactText(view, view.actual()), this.charts.compactText(view, view.target()),
						this.charts.valueText(view, view.actual())));
		}
		return new Overview(all.size(), health(all), tiles);
	}

	private List<Kpi> ownKpis(long planId) {
		return this.kpis.all(planId, KpiFilter.none()).stream().filter((kpi) -> !kpi.isBenchmarkCase()).toList();
	}

	private static Map<KpiHealth, Integer> health(List<KpiView> views) {
		Map<KpiHealth, Integer> counts = new EnumMap<>(KpiHealth.class);
		for (KpiHealth health : KpiHealth.values()) {
			counts.put(health, 0);
		}
		views.forEach((view) -> counts.merge(KpiHealth.of(view.status()), 1, Integer::sum));
		return counts;
	}

	/**
	 * @param total the plan's own KPIs
	 * @param health how many stand in each health
	 * @param tiles the KPIs shown as tiles
	 */
	public record Overview(int total, Map<KpiHealth, Integer> health, List<Tile> tiles) {
	}

	/**
	 * A KPI tile.
	 *
	 * @param actual the latest actual, shortened, with its unit ("—" when not measured)
	 * @param target the target, shortened, with its unit
	 * @param exactActual the latest actual in full, for the hover text
	 */
	public record Tile(KpiView view, KpiHealth health, Chart sparkline, String actual, String target,
			String exactActual) {
	}

}
