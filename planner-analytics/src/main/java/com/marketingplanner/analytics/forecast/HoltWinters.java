package com.marketingplanner.analytics.forecast;

/**
 * Holt-Winters exponential smoothing with trend and seasonality (Winters 1960; Hyndman &
 * Athanasopoulos, Forecasting: Principles and Practice, 2nd ed., §7.5), in double.
 * <p>
 * Start (m = season length, needs two full seasons): b₀ = (mean of season 2 − mean of
 * season 1) ÷ m; the line through season 1 is L(i) = mean₁ + b₀·(i − (m − 1)/2); seasonal
 * index sᵢ = yᵢ − L(i) (additive) or yᵢ ÷ L(i) (multiplicative); level ℓ = L(m − 1), the
 * line at the end of season 1. A series that is exactly trend plus season is thus
 * reproduced exactly. Then for t = m, m + 1, …:
 * <ul>
 * <li>additive: ℓₜ = α(yₜ − sₜ₋ₘ) + (1 − α)(ℓₜ₋₁ + bₜ₋₁); bₜ = β(ℓₜ − ℓₜ₋₁) + (1 −
 * β)bₜ₋₁; sₜ = γ(yₜ − ℓₜ) + (1 − γ)sₜ₋ₘ;</li>
 * <li>multiplicative: ℓₜ = α(yₜ ÷ sₜ₋ₘ) + (1 − α)(ℓₜ₋₁ + bₜ₋₁); same trend; sₜ = γ(yₜ ÷
 * ℓₜ) + (1 − γ)sₜ₋ₘ.</li>
 * </ul>
 * The one-step-ahead errors yₜ − ŷₜ from t = m on give the SSE that {@link #fit}
 * minimises over a grid of α, β, γ ∈ {0.05, 0.15, …, 0.95} (ties keep the first), and the
 * residual standard deviation used for scenario bands.
 */
public final class HoltWinters {

	private static final double[] GRID = { 0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95 };

	private HoltWinters() {
	}

	/** Smooths the series with the given weights. */
	public static HoltWintersModel smooth(double[] series, int season, Seasonality seasonality,
			SmoothingParameters parameters) {
		validate(series, season, seasonality);
		int m = season;
		double mean1 = mean(series, 0, m);
		double mean2 = mean(series, m, 2 * m);
		double trend = (mean2 - mean1) / m;
		double[] seasonals = new double[m];
		for (int i = 0; i < m; i++) {
			double line = mean1 + trend * (i - (m - 1) / 2.0);
			seasonals[i] = (seasonality == Seasonality.ADDITIVE) ? series[i] - line : series[i] / line;
		}
		double level = mean1 + trend * (m - 1) / 2.0;
		double alpha = parameters.alpha();
		double beta = parameters.beta();
		double gamma = parameters.gamma();
		double sse = 0;
		for (int t = m; t < series.length; t++) {
			double y = series[t];
			double seasonal = seasonals[t % m];
			double predicted = (seasonality == Seasonality.ADDITIVE) ? level + trend + seasonal
					: (level + trend) * seasonal;
			double error = y - predicted;
			sse += error * error;
			double previousLevel = level;
			if (seasonality == Seasonality.ADDITIVE) {
				level = alpha * (y - seasonal) + (1 - alpha) * (level + trend);
				seasonals[t % m] = gamma * (y - level) + (1 - gamma) * seasonal;
			}
			else {
				level = alpha * (y / seasonal) + (1 - alpha) * (level + trend);
				seasonals[t % m] = gamma * (y / level) + (1 - gamma) * seasonal;
			}
			trend = beta * (level - previousLevel) + (1 - beta) * trend;
		}
		// reorder so that index 0 is the season of the period after the last observation
		double[] next = new double[m];
		for (int i = 0; i < m; i++) {
			next[i] = seasonals[(series.length + i) % m];
		}
		int errors = series.length - m;
		return new HoltWintersModel(seasonality, parameters, level, trend, next, Math.sqrt(sse / errors), sse);
	}

	/** Smooths the series with the weights of the grid that give the smallest SSE. */
	public static HoltWintersModel fit(double[] series, int season, Seasonality seasonality) {
		HoltWintersModel best = null;
		for (double alpha : GRID) {
			for (double beta : GRID) {
				for (double gamma : GRID) {
					HoltWintersModel model = smooth(series, season, seasonality,
							new SmoothingParameters(alpha, beta, gamma));
					if (Double.isFinite(model.sumOfSquaredErrors())
							&& (best == null || model.sumOfSquaredErrors() < best.sumOfSquaredErrors())) {
						best = model;
					}
				}
			}
		}
		if (best == null) {
			throw new IllegalArgumentException("no smoothing weights give finite errors for this series");
		}
		return best;
	}

	private static void validate(double[] series, int season, Seasonality seasonality) {
		if (season < 2) {
			throw new IllegalArgumentException("the season must be at least 2 periods: " + season);
		}
		if (series.length < 2 * season) {
			throw new IllegalArgumentException("Holt-Winters needs two full seasons (" + 2 * season
					+ " periods), the series has " + series.length);
		}
		for (double value : series) {
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException("the series must hold finite numbers: " + value);
			}
			if (seasonality == Seasonality.MULTIPLICATIVE && value <= 0) {
				throw new IllegalArgumentException("multiplicative seasonality needs positive values: " + value);
			}
		}
	}

	private static double mean(double[] series, int from, int to) {
		double sum = 0;
		for (int i = from; i < to; i++) {
			sum += series[i];
		}
		return sum / (to - from);
	}

}
