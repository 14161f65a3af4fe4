package com.marketingplanner.analytics.forecast;

import com.marketingplanner.analytics.Figure;

/**
 * Error of a forecast over a hold-out period: the model fitted without the last
 * {@code periods} observations forecasts them.
 *
 * @param periods number of held-out periods
 * @param mape mean absolute percentage error as a fraction (0.05 = 5 %), mean of |yₜ −
 * ŷₜ| ÷ |yₜ| over the held-out periods with yₜ ≠ 0; undefined when all are zero
 * @param rmse root mean squared error √(mean of (yₜ − ŷₜ)²), in the series' unit
 */
public record ForecastError(int periods, Figure mape, double rmse) {

}
