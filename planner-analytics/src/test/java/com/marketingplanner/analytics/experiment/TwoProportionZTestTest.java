package com.marketingplanner.analytics.experiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class TwoProportionZTestTest {

	@Test
	void upliftZAndTwoSidedPValue() {
		// control 100/1000 = 10 %, treatment 130/1000 = 13 %: Δ = 0.03, relative 30 %
		// pooled p = 230/2000 = 0.115; SE₀ = √(0.115·0.885·0.002) = 0.0142671; z =
		// 2.1027406
		// p = 2·Φ(−2.1027406) = 0.0354885 (Python statistics.NormalDist gives the same)
		ZTestResult result = TwoProportionZTest.compare(new Arm(1000, 100), new Arm(1000, 130), 0.95);
		assertThat(result.absoluteUplift()).isCloseTo(0.03, within(1e-12));
		assertThat(result.relativeUplift().orElseThrow()).isCloseTo(0.3, within(1e-12));
		assertThat(result.z().orElseThrow()).isCloseTo(2.102740605622114, within(1e-9));
		assertThat(result.pValue().orElseThrow()).isCloseTo(0.03548845046647475, within(1e-9));
		assertThat(result.significant()).isTrue();
	}

	@Test
	void confidenceIntervalUsesTheUnpooledError() {
		// SE = √(0.1·0.9/1000 + 0.13·0.87/1000) = 0.0142513; 0.03 ± 1.959964·0.0142513
		ZTestResult result = TwoProportionZTest.compare(new Arm(1000, 100), new Arm(1000, 130), 0.95);
		assertThat(result.differenceLow()).isCloseTo(0.0020679344393763725, within(1e-9));
		assertThat(result.differenceHigh()).isCloseTo(0.05793206556062362, within(1e-9));
		// at 99 % the interval widens to include 0 and the result is not significant at α
		// = 0.01
		ZTestResult strict = TwoProportionZTest.compare(new Arm(1000, 100), new Arm(1000, 130), 0.99);
		assertThat(strict.differenceLow()).isNegative();
		assertThat(strict.significant()).isFalse();
	}

	@Test
	void identicalArmsGiveZZeroAndPValueOne() {
		ZTestResult result = TwoProportionZTest.compare(new Arm(500, 50), new Arm(500, 50), 0.95);
		assertThat(result.z().orElseThrow()).isZero();
		assertThat(result.pValue().orElseThrow()).isCloseTo(1.0, within(1e-15));
	}

	@Test
	void armsWithoutAnyConversionLeaveZUndefined() {
		ZTestResult result = TwoProportionZTest.compare(new Arm(500, 0), new Arm(500, 0), 0.95);
		assertThat(result.z().isDefined()).isFalse();
		assertThat(result.pValue().isDefined()).isFalse();
		assertThat(result.relativeUplift().isDefined()).isFalse();
		assertThat(result.significant()).isFalse();
	}

	@Test
	void sampleSizePerArmForTenToTwelvePercent() {
		// (1.959964·√(2·0.11·0.89) + 0.841621·√(0.09 + 0.1056))² / 0.02² = 3840.85 → 3841
		assertThat(TwoProportionZTest.sampleSizePerArm(0.10, 0.12, 0.05, 0.8)).isEqualTo(3841);
	}

	@Test
	void sampleSizeGrowsWithPowerAndShrinksWithEffect() {
		long base = TwoProportionZTest.sampleSizePerArm(0.10, 0.12, 0.05, 0.8);
		assertThat(TwoProportionZTest.sampleSizePerArm(0.10, 0.12, 0.05, 0.9)).isGreaterThan(base);
		assertThat(TwoProportionZTest.sampleSizePerArm(0.10, 0.14, 0.05, 0.8)).isLessThan(base);
		assertThatIllegalArgumentException().isThrownBy(() -> TwoProportionZTest.sampleSizePerArm(0.1, 0.1, 0.05, 0.8));
	}

	@Test
	void pValueIsUniformishUnderTheNullHypothesis() {
		// property: with equal true rates, about α of simulated tests are significant
		java.util.Random random = new java.util.Random(2024);
		int significant = 0;
		int trials = 2000;
		for (int t = 0; t < trials; t++) {
			significant += TwoProportionZTest.compare(simulate(random, 2000, 0.1), simulate(random, 2000, 0.1), 0.95)
				.significant() ? 1 : 0;
		}
		// 5 % of 2000 = 100; binomial sd ≈ 9.7: allow ±4 sd
		assertThat(significant).isBetween(61, 139);
	}

	private static Arm simulate(java.util.Random random, int visitors, double rate) {
		int conversions = 0;
		for (int i = 0; i < visitors; i++) {
			conversions += (random.nextDouble() < rate) ? 1 : 0;
		}
		return new Arm(visitors, conversions);
	}

}
