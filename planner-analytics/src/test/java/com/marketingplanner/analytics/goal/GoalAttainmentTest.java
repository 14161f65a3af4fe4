package com.marketingplanner.analytics.goal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class GoalAttainmentTest {

	private static final double EPS = 1e-9;

	@Test
	void higherIsBetterAttainmentIsActualOverTarget() {
		// 004 達成率: traffic target 1000, actual 1200 → 1200 / 1000 = 120 %
		Attainment attainment = GoalAttainment.evaluate(GoalSpec.atLeast(1000), 1200.0);
		assertThat(attainment.ratio().getAsDouble()).isCloseTo(1.2, within(EPS));
		assertThat(attainment.status()).isEqualTo(GoalStatus.ON_TARGET);
	}

	@Test
	void lowerIsBetterAttainmentIsTargetOverActual() {
		// seed digest row 16: CAC ≤ 15, actual 18 → 15 / 18 = 0.8333 (83.3 %)
		Attainment attainment = GoalAttainment.evaluate(GoalSpec.atMost(15), 18.0);
		assertThat(attainment.ratio().getAsDouble()).isCloseTo(15.0 / 18.0, within(EPS));
		assertThat(attainment.status()).isEqualTo(GoalStatus.BELOW_TARGET);
		assertThat(attainment.explanation()).contains("83.3%");
	}

	@Test
	void fromToAttainmentIsProgressFromBaselineToTarget() {
		// seed digest row 17: social 9.2 → 14, actual 11.6 → (11.6 − 9.2) / (14 − 9.2) =
		// 2.4 / 4.8 = 50 %
		Attainment attainment = GoalAttainment.evaluate(GoalSpec.fromTo(Direction.HIGHER_IS_BETTER, 9.2, 14), 11.6);
		assertThat(attainment.ratio().getAsDouble()).isCloseTo(0.5, within(EPS));
		assertThat(attainment.status()).isEqualTo(GoalStatus.BELOW_TARGET);
	}

	@Test
	void fromToWorksDownwardsForLowerIsBetterMetrics() {
		// bounce 60 % → 40 %, actual 45 %: (45 − 60) / (40 − 60) = −15 / −20 = 75 %
		Attainment attainment = GoalAttainment.evaluate(GoalSpec.fromTo(Direction.LOWER_IS_BETTER, 60, 40), 45.0);
		assertThat(attainment.ratio().getAsDouble()).isCloseTo(0.75, within(EPS));
		assertThat(attainment.status()).isEqualTo(GoalStatus.BELOW_TARGET);
		// 65 % is worse than the baseline: red
		assertThat(GoalAttainment.evaluate(GoalSpec.fromTo(Direction.LOWER_IS_BETTER, 60, 40), 65.0).status())
			.isEqualTo(GoalStatus.BELOW_BASELINE);
	}

	@Test
	void relativeChangeAttainmentIsActualChangeOverTargetChange() {
		// 002: 12 → +50 % target; actual 15 → Δ_actual = (15 − 12) / 12 = 0.25; 0.25 /
		// 0.5 = 50 %
		GoalSpec spec = new GoalSpec(TargetType.RELATIVE_CHANGE, Direction.HIGHER_IS_BETTER, 12.0, 0.5, null, null);
		Attainment attainment = GoalAttainment.evaluate(spec, 15.0);
		assertThat(attainment.ratio().getAsDouble()).isCloseTo(0.5, within(EPS));
		assertThat(attainment.status()).isEqualTo(GoalStatus.BELOW_TARGET);
		// actual 18 = 12 × 1.5 reaches the target exactly
		assertThat(GoalAttainment.evaluate(spec, 18.0).status()).isEqualTo(GoalStatus.ON_TARGET);
	}

	@Test
	void relativeReductionOfALowerIsBetterMetricCountsAsProgress() {
		// 002: CAC Δ −25 % from 2.4; actual 1.8 → Δ = −0.6 / 2.4 = −0.25 → −0.25 / −0.25
		// = 100 %
		GoalSpec spec = new GoalSpec(TargetType.RELATIVE_CHANGE, Direction.LOWER_IS_BETTER, 2.4, -0.25, null, null);
		Attainment attainment = GoalAttainment.evaluate(spec, 1.8);
		assertThat(attainment.ratio().getAsDouble()).isCloseTo(1.0, within(EPS));
		assertThat(attainment.status()).isEqualTo(GoalStatus.ON_TARGET);
		// a rise of CAC to 2.6 is worse than the baseline
		assertThat(GoalAttainment.evaluate(spec, 2.6).status()).isEqualTo(GoalStatus.BELOW_BASELINE);
	}

	@Test
	void multipleOfBenchmarkDividesByKTimesBenchmark() {
		// 002: 1.5 × industry conversion 2 % = 3 %; actual 2.7 % → 2.7 / 3 = 90 %
		GoalSpec spec = new GoalSpec(TargetType.MULTIPLE_OF_BENCHMARK, Direction.HIGHER_IS_BETTER, null, 1.5, null,
				2.0);
		Attainment attainment = GoalAttainment.evaluate(spec, 2.7);
		assertThat(attainment.ratio().getAsDouble()).isCloseTo(0.9, within(EPS));
		assertThat(attainment.status()).isEqualTo(GoalStatus.BELOW_TARGET);
	}

	@Test
	void levelIsReadAsAtMostWhenLowerIsBetter() {
		// CPC level 0.6 with lower is better, actual 0.5 → 0.6 / 0.5 = 120 %
		GoalSpec spec = new GoalSpec(TargetType.LEVEL, Direction.LOWER_IS_BETTER, null, 0.6, null, null);
		assertThat(GoalAttainment.evaluate(spec, 0.5).ratio().getAsDouble()).isCloseTo(1.2, within(EPS));
		GoalSpec higher = new GoalSpec(TargetType.LEVEL, Direction.HIGHER_IS_BETTER, null, 0.6, null, null);
		assertThat(GoalAttainment.evaluate(higher, 0.5).ratio().getAsDouble()).isCloseTo(0.5 / 0.6, within(EPS));
	}

	@Test
	void threeLevelsGiveTheFourBandsInOrder() {
		// seed digest row 21, 004: GMV 8000萬 / 1億 / 1.2億 (in 萬)
		GoalSpec spec = new GoalSpec(TargetType.AT_LEAST, Direction.HIGHER_IS_BETTER, 8000.0, 10000, 12000.0, null);
		assertThat(GoalAttainment.evaluate(spec, 7999.0).status()).isEqualTo(GoalStatus.BELOW_BASELINE);
		assertThat(GoalAttainment.evaluate(spec, 8000.0).status()).isEqualTo(GoalStatus.BELOW_TARGET);
		assertThat(GoalAttainment.evaluate(spec, 9999.0).status()).isEqualTo(GoalStatus.BELOW_TARGET);
		assertThat(GoalAttainment.evaluate(spec, 10000.0).status()).isEqualTo(GoalStatus.ON_TARGET);
		assertThat(GoalAttainment.evaluate(spec, 11999.0).status()).isEqualTo(GoalStatus.ON_TARGET);
		assertThat(GoalAttainment.evaluate(spec, 12000.0).status()).isEqualTo(GoalStatus.STRETCH_MET);
	}

	@Test
	void bandsHonourLowerIsBetter() {
		// CAC baseline 185, target 150, challenge 120 (004 base 185元)
		GoalSpec spec = new GoalSpec(TargetType.AT_MOST, Direction.LOWER_IS_BETTER, 185.0, 150, 120.0, null);
		assertThat(GoalAttainment.evaluate(spec, 190.0).status()).isEqualTo(GoalStatus.BELOW_BASELINE);
		assertThat(GoalAttainment.evaluate(spec, 160.0).status()).isEqualTo(GoalStatus.BELOW_TARGET);
		assertThat(GoalAttainment.evaluate(spec, 150.0).status()).isEqualTo(GoalStatus.ON_TARGET);
		assertThat(GoalAttainment.evaluate(spec, 100.0).status()).isEqualTo(GoalStatus.STRETCH_MET);
	}

	@Test
	void missingActualIsNotMeasured() {
		Attainment attainment = GoalAttainment.evaluate(GoalSpec.atLeast(10), null);
		assertThat(attainment.status()).isEqualTo(GoalStatus.NOT_MEASURED);
		assertThat(attainment.ratio()).isEmpty();
	}

	@Test
	void missingBaselineOrBenchmarkIsUndefinedWithAReason() {
		GoalSpec fromTo = new GoalSpec(TargetType.FROM_TO, Direction.HIGHER_IS_BETTER, null, 14, null, null);
		GoalSpec relative = new GoalSpec(TargetType.RELATIVE_CHANGE, Direction.HIGHER_IS_BETTER, null, 0.5, null, null);
		GoalSpec multiple = new GoalSpec(TargetType.MULTIPLE_OF_BENCHMARK, Direction.HIGHER_IS_BETTER, null, 1.5, null,
				null);
		for (GoalSpec spec : new GoalSpec[] { fromTo, relative, multiple }) {
			Attainment attainment = GoalAttainment.evaluate(spec, 11.0);
			assertThat(attainment.status()).isEqualTo(GoalStatus.UNDEFINED);
			assertThat(attainment.ratio()).isEmpty();
			assertThat(attainment.explanation()).contains("needs a");
		}
	}

	@Test
	void zeroBaselineMakesARelativeChangeUndefined() {
		GoalSpec spec = new GoalSpec(TargetType.RELATIVE_CHANGE, Direction.HIGHER_IS_BETTER, 0.0, 0.5, null, null);
		assertThat(GoalAttainment.evaluate(spec, 3.0).status()).isEqualTo(GoalStatus.UNDEFINED);
	}

	@Test
	void zeroDivisorLeavesTheRatioEmptyButKeepsTheStatus() {
		// CAC ≤ 15 and actual 0: target ÷ 0 has no value, yet the target is met
		Attainment zeroActual = GoalAttainment.evaluate(GoalSpec.atMost(15), 0.0);
		assertThat(zeroActual.ratio()).isEmpty();
		assertThat(zeroActual.status()).isEqualTo(GoalStatus.ON_TARGET);
		// from 10 to 10: no distance to cover; 9 is below the baseline, 11 beyond the
		// target
		GoalSpec noDistance = GoalSpec.fromTo(Direction.HIGHER_IS_BETTER, 10, 10);
		assertThat(GoalAttainment.evaluate(noDistance, 9.0).ratio()).isEmpty();
		assertThat(GoalAttainment.evaluate(noDistance, 9.0).status()).isEqualTo(GoalStatus.BELOW_BASELINE);
		assertThat(GoalAttainment.evaluate(noDistance, 11.0).status()).isEqualTo(GoalStatus.ON_TARGET);
		assertThat(GoalAttainment.evaluate(GoalSpec.atLeast(0), 5.0).ratio()).isEmpty();
	}

	@Test
	void typeContradictingDirectionIsUndefinedNotRefused() {
		// a plan writing "≥" for a lower-is-better metric is shown as a conflict, not
		// rejected
		Attainment attainment = GoalAttainment
			.evaluate(new GoalSpec(TargetType.AT_LEAST, Direction.LOWER_IS_BETTER, null, 15, null, null), 18.0);
		assertThat(attainment.status()).isEqualTo(GoalStatus.UNDEFINED);
		assertThat(attainment.ratio()).isEmpty();
		assertThat(attainment.explanation()).contains("contradicts");
		assertThat(GoalAttainment
			.evaluate(new GoalSpec(TargetType.AT_MOST, Direction.HIGHER_IS_BETTER, null, 15, null, null), 18.0)
			.status()).isEqualTo(GoalStatus.UNDEFINED);
	}

	@Test
	void challengeShortOfTheTargetIsIgnored() {
		// target 10, challenge 9 (a plan's inconsistency): 9.5 is below target, 10 only
		// on target
		GoalSpec spec = new GoalSpec(TargetType.AT_LEAST, Direction.HIGHER_IS_BETTER, null, 10, 9.0, null);
		assertThat(GoalAttainment.evaluate(spec, 9.5).status()).isEqualTo(GoalStatus.BELOW_TARGET);
		Attainment onTarget = GoalAttainment.evaluate(spec, 10.0);
		assertThat(onTarget.status()).isEqualTo(GoalStatus.ON_TARGET);
		assertThat(onTarget.explanation()).contains("challenge ignored");
	}

	@Test
	void specRejectsNumbersThatAreNotFinite() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new GoalSpec(TargetType.AT_LEAST, Direction.HIGHER_IS_BETTER, Double.NaN, 10, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new GoalSpec(TargetType.AT_LEAST,
				Direction.HIGHER_IS_BETTER, null, Double.POSITIVE_INFINITY, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> GoalAttainment.evaluate(GoalSpec.atLeast(1), Double.NaN));
	}

	@Test
	void ratioAndStatusAgreeOverGeneratedGoals() {
		// property: for a positive target with no challenge and no baseline, ratio ≥ 1 ⇔
		// ON_TARGET
		java.util.Random random = new java.util.Random(42);
		for (int i = 0; i < 10_000; i++) {
			double target = 1 + random.nextDouble() * 100;
			double actual = 0.01 + random.nextDouble() * 200;
			boolean lower = random.nextBoolean();
			GoalSpec spec = lower ? GoalSpec.atMost(target) : GoalSpec.atLeast(target);
			Attainment attainment = GoalAttainment.evaluate(spec, actual);
			assertThat(attainment.ratio().getAsDouble() >= 1).isEqualTo(attainment.status() == GoalStatus.ON_TARGET);
		}
	}

}
