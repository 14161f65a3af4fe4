package com.marketingplanner.analytics.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.marketingplanner.analytics.Figure;
import com.marketingplanner.analytics.experiment.NormalDistribution;

/**
 * Revenue/KPI forecast with seasonality and three scenarios (design.md "Forecast").
 * <ol>
 * <li>If a hold-out H is requested, {@link HoltWinters#fit fit} on all but the last H
 * observations, forecast H periods and report MAPE and RMSE against them
 * ({@link ForecastError}).</li>
 * <li>Fit on the whole series and forecast the horizon: neutral = the point forecast
 * ŷ(h); conservative / optimistic = ŷ(h) ∓ z·σ·√h with z = Φ⁻¹((1 + level) ÷ 2) and σ the
 * residual standard deviation of the one-step errors. The √h growth is the random-walk
 * approximation of the widening, not the exact Holt-Winters variance; it is simple and
 * errs on the wide side for smooth series.</li>
 * </ol>
 */
public final class SeasonalForecast {

	private SeasonalForecast() {
	}

	public static ScenarioForecast forecast(ForecastRequest request) {
		double[] series = request.series();
		Optional<ForecastError> holdoutError = Optional.empty();
		if (request.holdout() > 0) {
			int training = series.length - request.holdout();
			HoltWintersModel trainingModel = HoltWinters.fit(Arrays.copyOf(series, training), request.season(),
					request.seasonality());
			double[] predicted = trainingModel.forecast(request.holdout());
			holdoutError = Optional.of(error(Arrays.copyOfRange(series, training, series.length), predicted));
		}
		HoltWintersModel model = HoltWinters.fit(series, request.season(), request.seasonality());
		double z = NormalDistribution.quantile((1 + request.scenarioLevel()) / 2);
		double[] neutral = model.forecast(request.horizon());
		List<ForecastPoint> points = new ArrayList<>();
		for (int h = 1; h <= request.horizon(); h++) {
			double halfWidth = z * model.residualStandardDeviation() * Math.sqrt(h);
			points.add(new ForecastPoint(h, neutral[h - 1] - halfWidth, neutral[h - 1], neutral[h - 1] + halfWidth));
		}
		return new ScenarioForecast(model, points, holdoutError, request.scenarioLevel());
	}

	/**
	 * MAPE over the non-zero actuals and RMSE over all, of {@code predicted} against
	 * {@code actual}.
	 */
	static ForecastError error(double[] actual, double[] predicted) {
		double squared = 0;
		double percentage = 0;
		int nonZero = 0;
		for (int t = 0; t < actual.length; t++) {
			double error = actual[t] - predicted[t];
			squared += error * error;
			if (actual[t] != 0) {
				percentage += Math.abs(error) / Math.abs(actual[t]);
				nonZero++;
			}
		}
		Figure mape = Figure.quotient(percentage, nonZero, "MAPE is not defined when every actual is zero");
		return new ForecastError(actual.length, mape, Math.sqrt(squared / actual.length));
	}

}
