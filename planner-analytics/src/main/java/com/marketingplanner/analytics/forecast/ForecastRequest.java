package com.marketingplanner.analytics.forecast;

import java.util.Objects;

/**
 * What {@link SeasonalForecast#forecast} needs.
 *
 * @param series the observations, oldest first, at least two seasons plus the hold-out
 * @param season periods per season (12 for months in a year), ≥ 2
 * @param horizon periods to forecast after the last observation, ≥ 1
 * @param holdout trailing periods kept back to measure the error, 0 for none
 * @param seasonality additive or multiplicative
 * @param scenarioLevel coverage of the band between the conservative and optimistic
 * scenarios, in (0, 1), e.g. 0.8
 */
public record ForecastRequest(double[] series, int season, int horizon, int holdout, Seasonality seasonality,
		double scenarioLevel) {

	public ForecastRequest {
		series = series.clone();
		Objects.requireNonNull(seasonality, "seasonality");
		if (horizon < 1) {
			throw new IllegalArgumentException("the horizon must be at least 1: " + horizon);
		}
		if (holdout < 0) {
			throw new IllegalArgumentException("the hold-out must not be negative: " + holdout);
		}
		if (!(scenarioLevel > 0 && scenarioLevel < 1)) {
			throw new IllegalArgumentException("the scenario level must lie in (0, 1): " + scenarioLevel);
		}
		if (series.length - holdout < 2 * season) {
			throw new IllegalArgumentException("need at least two seasons (" + 2 * season
					+ " periods) before the hold-out of " + holdout + "; the series has " + series.length);
		}
	}

	@Override
	public double[] series() {
		return this.series.clone();
	}

}
