package com.marketingplanner.analytics.optimiser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.marketingplanner.analytics.roi.SpendOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class CurveFittingTest {

	private static List<SpendOutcome> history(ResponseCurve curve, double... spends) {
		List<SpendOutcome> history = new ArrayList<>();
		for (double spend : spends) {
			history.add(new SpendOutcome(BigDecimal.valueOf(spend), BigDecimal.valueOf(curve.response(spend))));
		}
		return history;
	}

	@Test
	void powerFitRecoversAnExactCurve() {
		// r = 20·x^0.6 at 100, 200, 400, 800: ln r = ln 20 + 0.6 ln x exactly
		PowerCurve fitted = CurveFitting.power(history(new PowerCurve(20, 0.6), 100, 200, 400, 800));
		assertThat(fitted.beta()).isCloseTo(0.6, within(1e-9));
		assertThat(fitted.a()).isCloseTo(20, within(1e-7));
	}

	@Test
	void saturationFitRecoversAnExactCurve() {
		SaturationCurve fitted = CurveFitting
			.saturation(history(new SaturationCurve(5000, 300), 50, 100, 200, 300, 500, 800));
		assertThat(fitted.a()).isCloseTo(5000, withinPercentage(0.01));
		assertThat(fitted.b()).isCloseTo(300, withinPercentage(0.01));
	}

	@Test
	void saturationFitIsCloseUnderNoise() {
		java.util.Random random = new java.util.Random(17);
		SaturationCurve truth = new SaturationCurve(5000, 300);
		List<SpendOutcome> history = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			double spend = 20 + random.nextDouble() * 1000;
			double revenue = truth.response(spend) * (1 + 0.02 * random.nextGaussian());
			history.add(new SpendOutcome(BigDecimal.valueOf(spend), BigDecimal.valueOf(revenue)));
		}
		SaturationCurve fitted = CurveFitting.saturation(history);
		assertThat(fitted.a()).isCloseTo(5000, withinPercentage(5));
		assertThat(fitted.b()).isCloseTo(300, withinPercentage(10));
	}

	@Test
	void rejectsHistoriesWithoutDiminishingReturnsOrSpread() {
		// linear r = 3x: β = 1
		List<SpendOutcome> linear = List.of(new SpendOutcome(BigDecimal.valueOf(100), BigDecimal.valueOf(300)),
				new SpendOutcome(BigDecimal.valueOf(200), BigDecimal.valueOf(600)));
		assertThatIllegalArgumentException().isThrownBy(() -> CurveFitting.power(linear))
			.withMessageContaining("diminishing");
		List<SpendOutcome> oneLevel = List.of(new SpendOutcome(BigDecimal.TEN, BigDecimal.ONE),
				new SpendOutcome(BigDecimal.TEN, BigDecimal.valueOf(2)));
		assertThatIllegalArgumentException().isThrownBy(() -> CurveFitting.saturation(oneLevel));
		assertThatIllegalArgumentException().isThrownBy(() -> CurveFitting.power(oneLevel));
	}

	@Test
	void marginalInverseRoundTrips() {
		ResponseCurve[] curves = { new SaturationCurve(1000, 100), new PowerCurve(10, 0.5) };
		for (ResponseCurve curve : curves) {
			for (double spend = 1; spend < 1000; spend *= 1.7) {
				assertThat(curve.spendAtMarginal(curve.marginal(spend))).isCloseTo(spend, withinPercentage(1e-6));
			}
		}
	}

}
