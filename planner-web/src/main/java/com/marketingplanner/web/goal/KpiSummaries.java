package com.marketingplanner.web.goal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.marketingplanner.analytics.goal.GoalStatus;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiFilter;
import com.marketingplanner.domain.goal.KpiService;

import org.springframework.stereotype.Component;

/**
 * The KPIs at a glance for the plan overview: how many of the plan's own KPIs (benchmark
 * cases left out) stand in each status.
 */
@Component
public class KpiSummaries {

	private final KpiService kpis;

	private final KpiViews views;

	KpiSummaries(KpiService kpis, KpiViews views) {
		this.kpis = kpis;
		this.views = views;
	}

	public KpiSummary of(long planId) {
		List<Kpi> own = this.kpis.all(planId, KpiFilter.none())
			.stream()
			.filter((kpi) -> !kpi.isBenchmarkCase())
			.toList();
		Map<GoalStatus, Integer> byStatus = new EnumMap<>(GoalStatus.class);
		for (KpiView view : this.views.of(own)) {
			byStatus.merge(view.status(), 1, Integer::sum);
		}
		return new KpiSummary(own.size(), byStatus);
	}

	/**
	 * @param byStatus KPIs per status, statuses without KPIs left out
	 */
	public record KpiSummary(int total, Map<GoalStatus, Integer> byStatus) {
	}

}
