package com.marketingplanner.web.analytics;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.marketingplanner.domain.analytics.ForecastService;
import com.marketingplanner.domain.analytics.ForecastService.Forecast;

/**
 * The parameters of a forecast, checked: {@code metric} revenue (default) or kpi (then
 * {@code kpiId} is needed), {@code season} 2..52 (KPIs only), {@code horizon} 1..366.
 */
record ForecastQuery(String metric, Long kpiId, Integer season, Integer horizon, Set<String> channels) {

	static ForecastQuery of(AnalyticsParameters parameters, String metric, Long kpiId, Integer season, Integer horizon,
			List<String> channels) {
		String chosen = (metric == null || metric.isBlank()) ? "revenue" : metric.strip().toLowerCase(Locale.ROOT);
		if (!chosen.equals("revenue") && !chosen.equals("kpi")) {
			throw AnalyticsParameters.invalid("metric", "error.analytics.metric",
					"The metric is revenue or kpi, not '" + metric + "'", metric);
		}
		if (chosen.equals("kpi") && kpiId == null) {
			throw AnalyticsParameters.invalid("kpiId", "error.analytics.kpi-required",
					"Name the KPI to forecast (kpiId)");
		}
		if (chosen.equals("revenue") && season != null) {
			throw AnalyticsParameters.invalid("season", "error.analytics.season-revenue",
					"Revenue is forecast by day with a 7-day season; season applies to KPIs");
		}
		return new ForecastQuery(chosen, chosen.equals("kpi") ? kpiId : null,
				parameters.bounded("season", season, 2, 52), parameters.bounded("horizon", horizon, 1, 366),
				parameters.channels(channels));
	}

	Forecast run(ForecastService forecasts, long planId) {
		return this.metric.equals("kpi") ? forecasts.kpi(planId, this.kpiId, this.season, this.horizon)
				: forecasts.revenue(planId, this.channels, this.horizon);
	}

}
