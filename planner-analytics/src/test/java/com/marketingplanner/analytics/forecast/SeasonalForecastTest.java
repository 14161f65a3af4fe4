package com.marketingplanner.analytics.forecast;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SeasonalForecastTest {

	private static double[] monthlyRevenue(long seed, double noise) {
		// 4 years of months: 1000 + 10t, ±20 % seasonal swing, Gaussian noise
		java.util.Random random = new java.util.Random(seed);
		double[] series = new double[48];
		for (int t = 0; t < series.length; t++) {
			series[t] = (1000 + 10 * t) * (1 + 0.2 * Math.sin(2 * Math.PI * t / 12)) + random.nextGaussian() * noise;
		}
		return series;
	}

	@Test
	void scenariosAreOrderedAndWidenWithTheHorizon() {
		ScenarioForecast forecast = SeasonalForecast
			.forecast(new ForecastRequest(monthlyRevenue(1, 30), 12, 6, 6, Seasonality.MULTIPLICATIVE, 0.8));
		List<ForecastPoint> points = forecast.points();
		assertThat(points).hasSize(6);
		for (ForecastPoint point : points) {
			assertThat(point.conservative()).isLessThan(point.neutral());
			assertThat(point.optimistic()).isGreaterThan(point.neutral());
		}
		double firstWidth = points.get(0).optimistic() - points.get(0).conservative();
		double lastWidth = points.get(5).optimistic() - points.get(5).conservative();
		// band ∝ √h: width(6) / width(1) = √6
		assertThat(lastWidth / firstWidth).isCloseTo(Math.sqrt(6), within(1e-9));
		// the band is ±z·σ with z = Φ⁻¹(0.9) = 1.2816 at level 0.8
		assertThat(firstWidth / 2).isCloseTo(1.2815515655446004 * forecast.model().residualStandardDeviation(),
				within(1e-6));
	}

	@Test
	void holdoutErrorIsReportedAndSmallForARegularSeries() {
		ScenarioForecast forecast = SeasonalForecast
			.forecast(new ForecastRequest(monthlyRevenue(2, 10), 12, 3, 6, Seasonality.MULTIPLICATIVE, 0.8));
		ForecastError error = forecast.holdoutError().orElseThrow();
		assertThat(error.periods()).isEqualTo(6);
		assertThat(error.mape().orElseThrow()).isLessThan(0.05);
		assertThat(error.rmse()).isPositive();
	}

	@Test
	void holdoutErrorFormulas() {
		// actual (100, 200, 0), predicted (110, 180, 5): errors −10, 20, −5
		// MAPE over non-zero actuals = (10/100 + 20/200) / 2 = 0.1; RMSE = √((100 + 400 +
		// 25) / 3) = √175
		ForecastError error = SeasonalForecast.error(new double[] { 100, 200, 0 }, new double[] { 110, 180, 5 });
		assertThat(error.mape().orElseThrow()).isCloseTo(0.1, within(1e-12));
		assertThat(error.rmse()).isCloseTo(Math.sqrt(175), within(1e-12));
		assertThat(SeasonalForecast.error(new double[] { 0, 0 }, new double[] { 1, 1 }).mape().isDefined()).isFalse();
	}

	@Test
	void noHoldoutMeansNoError() {
		ScenarioForecast forecast = SeasonalForecast
			.forecast(new ForecastRequest(monthlyRevenue(3, 10), 12, 2, 0, Seasonality.ADDITIVE, 0.9));
		assertThat(forecast.holdoutError()).isEmpty();
	}

}
