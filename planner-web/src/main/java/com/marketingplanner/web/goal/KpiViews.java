package com.marketingplanner.web.goal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiMeasurement;
import com.marketingplanner.domain.goal.KpiService;

import org.springframework.stereotype.Component;

/** Turns KPIs into {@link KpiView}s: one query for the latest measurements of all. */
@Component
class KpiViews {

	private final KpiService kpis;

	KpiViews(KpiService kpis) {
		this.kpis = kpis;
	}

	List<KpiView> of(Collection<Kpi> list) {
		Map<Long, KpiMeasurement> latest = this.kpis.latestMeasurements(list);
		return list.stream().map((kpi) -> KpiView.of(kpi, latest.get(kpi.getId()))).toList();
	}

	KpiView of(Kpi kpi) {
		return of(List.of(kpi)).get(0);
	}

}
