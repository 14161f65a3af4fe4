package com.marketingplanner.web.operations;

import java.util.List;

import com.marketingplanner.domain.operations.Dashboard;
import com.marketingplanner.domain.operations.DashboardRefresh;
import com.marketingplanner.domain.operations.DashboardView;

/**
 * A dashboard as the API returns it; {@code viewPath} is the app page that shows it (the
 * budget board or the weekly report) when {@code view} names one.
 */
public record DashboardResponse(long id, String name, String purpose, Integer metricCount, Integer warningModuleCount,
		Integer forecastHorizonDays, DashboardRefresh refresh, DashboardView view, String viewPath, List<Zone> zones,
		List<Long> kpiIds, String note, int position, long version) {

	static DashboardResponse from(Dashboard dashboard) {
		return new DashboardResponse(dashboard.getId(), dashboard.getName(), dashboard.getPurpose(),
				dashboard.getMetricCount(), dashboard.getWarningModuleCount(), dashboard.getForecastHorizonDays(),
				dashboard.getRefresh(), dashboard.getView(),
				DashboardViews.path(dashboard.getPlan().getId(), dashboard.getView()),
				dashboard.getZones().stream().map((zone) -> new Zone(zone.getName(), zone.getRule())).toList(),
				dashboard.getKpiIds().stream().sorted().toList(), dashboard.getNote(), dashboard.getPosition(),
				dashboard.getVersion());
	}

	/** A named zone and its rule. */
	public record Zone(String name, String rule) {

	}

}
