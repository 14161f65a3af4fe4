package com.marketingplanner.analytics.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class HoltWintersTest {

	/** yₜ = 100 + 2t + s[t mod 4], s = (10, −5, 0, −5). */
	private static double[] trendPlusSeason(int length) {
		double[] seasonal = { 10, -5, 0, -5 };
		double[] series = new double[length];
		for (int t = 0; t < length; t++) {
			series[t] = 100 + 2 * t + seasonal[t % 4];
		}
		return series;
	}

	@Test
	void startValuesReproduceAnExactTrendPlusSeason() {
		// mean₁ = (110 + 97 + 104 + 101) / 4 = 103, mean₂ = 111 → b₀ = 8 / 4 = 2;
		// L(i) = 103 + 2(i − 1.5) = 100 + 2i → sᵢ = (10, −5, 0, −5); every one-step error
		// is 0
		HoltWintersModel model = HoltWinters.smooth(trendPlusSeason(12), 4, Seasonality.ADDITIVE,
				new SmoothingParameters(0.3, 0.2, 0.4));
		assertThat(model.sumOfSquaredErrors()).isCloseTo(0, within(1e-18));
		assertThat(model.trend()).isCloseTo(2, within(1e-12));
		// level at t = 11 is 100 + 2·11 = 122; forecast t = 12..15: 124 + 10, 126 − 5,
		// 128 + 0, 130 − 5
		assertThat(model.level()).isCloseTo(122, within(1e-12));
		assertThat(model.forecast(5)).containsExactly(new double[] { 134, 121, 128, 125, 142 }, within(1e-9));
	}

	@Test
	void multiplicativeSeasonScalesWithTheLevel() {
		// yₜ = 200 × (1.2, 0.8, 1.0)[t mod 3]: mean₁ = 200, no trend, sᵢ = 1.2, 0.8, 1.0
		double[] factors = { 1.2, 0.8, 1.0 };
		double[] series = new double[9];
		for (int t = 0; t < series.length; t++) {
			series[t] = 200 * factors[t % 3];
		}
		HoltWintersModel model = HoltWinters.fit(series, 3, Seasonality.MULTIPLICATIVE);
		// the next period t = 9 is season 0 → 240, then 160, 200
		assertThat(model.forecast(3)).containsExactly(new double[] { 240, 160, 200 }, within(1e-9));
	}

	@Test
	void fitPicksWeightsWithTheSmallestError() {
		double[] noisy = trendPlusSeason(24);
		java.util.Random random = new java.util.Random(5);
		for (int t = 0; t < noisy.length; t++) {
			noisy[t] += random.nextGaussian() * 3;
		}
		HoltWintersModel fitted = HoltWinters.fit(noisy, 4, Seasonality.ADDITIVE);
		// property: no grid point beats it, e.g. these two
		for (SmoothingParameters other : new SmoothingParameters[] { new SmoothingParameters(0.95, 0.95, 0.95),
				new SmoothingParameters(0.05, 0.05, 0.05) }) {
			assertThat(fitted.sumOfSquaredErrors())
				.isLessThanOrEqualTo(HoltWinters.smooth(noisy, 4, Seasonality.ADDITIVE, other).sumOfSquaredErrors());
		}
	}

	@Test
	void rejectsSeriesShorterThanTwoSeasonsAndNonPositiveMultiplicativeValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> HoltWinters.fit(new double[7], 4, Seasonality.ADDITIVE));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> HoltWinters.fit(new double[] { 1, 2, 0, 4 }, 2, Seasonality.MULTIPLICATIVE));
	}

}
