package com.marketingplanner.web.analytics;

import java.util.List;

import com.marketingplanner.domain.analytics.ForecastService.Forecast;
import com.marketingplanner.domain.analytics.ForecastService.Observation;
import com.marketingplanner.domain.analytics.ForecastService.Point;

/**
 * A forecast as the API shows it: the history used and the three scenarios per step, with
 * the hold-out error when there was enough history to measure it.
 *
 * @param holdoutMape mean absolute percentage error on the held-out last season
 * (fraction), {@code null} when not measured or not defined
 * @param holdoutRmse root mean squared error on the held-out season
 * @param undefinedReason why there is no forecast ({@code too-little-history}), else
 * {@code null}
 */
public record ForecastResponse(String metric, Long kpiId, String name, int season, int horizon, double scenarioLevel,
		List<Observation> history, List<Point> forecast, Integer holdoutPeriods, Double holdoutMape, Double holdoutRmse,
		String undefinedReason, String howComputed) {

	static ForecastResponse from(Forecast forecast, Long kpiId, String howComputed) {
		var error = forecast.holdoutError();
		return new ForecastResponse(forecast.metric(), kpiId, forecast.name(), forecast.season(), forecast.horizon(),
				forecast.scenarioLevel(), forecast.history(), forecast.points(),
				(error != null) ? error.periods() : null,
				(error != null && error.mape().isDefined()) ? error.mape().orElseThrow() : null,
				(error != null) ? error.rmse() : null, forecast.undefinedReason(), howComputed);
	}

}
