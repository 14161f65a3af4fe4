package com.marketingplanner.analytics.forecast;

import java.util.Arrays;

/**
 * A Holt-Winters model after smoothing a series: the final level, trend and seasonal
 * indices, and the spread of its one-step-ahead errors. Built by {@link HoltWinters}.
 *
 * @param seasonality additive or multiplicative
 * @param parameters the smoothing weights used
 * @param level the level at the last observation
 * @param trend the trend per period at the last observation
 * @param seasonals the seasonal indices of the last full season; {@code seasonals[i]}
 * belongs to the period {@code i + 1} steps after the last observation (mod the season)
 * @param residualStandardDeviation √(SSE ÷ number of one-step errors)
 * @param sumOfSquaredErrors SSE of the one-step-ahead errors from the second season on
 */
public record HoltWintersModel(Seasonality seasonality, SmoothingParameters parameters, double level, double trend,
		double[] seasonals, double residualStandardDeviation, double sumOfSquaredErrors) {

	public HoltWintersModel {
		seasonals = seasonals.clone();
	}

	@Override
	public double[] seasonals() {
		return this.seasonals.clone();
	}

	/**
	 * Point forecasts for the next {@code horizon} periods: ŷ(h) = (level + h·trend) +
	 * s(h) additive, (level + h·trend) × s(h) multiplicative, s(h) the index of h's
	 * season.
	 */
	public double[] forecast(int horizon) {
		double[] forecast = new double[horizon];
		for (int h = 1; h <= horizon; h++) {
			double base = this.level + h * this.trend;
			double seasonal = this.seasonals[(h - 1) % this.seasonals.length];
			forecast[h - 1] = (this.seasonality == Seasonality.ADDITIVE) ? base + seasonal : base * seasonal;
		}
		return forecast;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof HoltWintersModel that && this.seasonality == that.seasonality
				&& this.parameters.equals(that.parameters) && this.level == that.level && this.trend == that.trend
				&& Arrays.equals(this.seasonals, that.seasonals);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.seasonals) * 31 + Double.hashCode(this.level);
	}

	@Override
	public String toString() {
		return "HoltWintersModel[" + this.seasonality + ", " + this.parameters + ", level=" + this.level + ", trend="
				+ this.trend + ", seasonals=" + Arrays.toString(this.seasonals) + "]";
	}

}
