package com.marketingplanner.analytics.forecast;

import java.util.List;
import java.util.Optional;

/**
 * Result of {@link SeasonalForecast#forecast}.
 *
 * @param model the model fitted on the whole series, which produced the points
 * @param points the forecast, one per future period
 * @param holdoutError the error on the hold-out, empty when none was requested
 * @param scenarioLevel coverage of the conservative–optimistic band
 */
public record ScenarioForecast(HoltWintersModel model, List<ForecastPoint> points, Optional<ForecastError> holdoutError,
		double scenarioLevel) {

	public ScenarioForecast {
		points = List.copyOf(points);
	}

}
