package com.marketingplanner.analytics.funnel;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StageFunnelTest {

	@Test
	void stepAndCumulativeRatesAndDropOff() {
		// visit 1000 → cart 600 → order 300 → pay 240
		// steps: 600/1000 = 0.6, 300/600 = 0.5, 240/300 = 0.8; cumulative 0.6, 0.3, 0.24
		FunnelReport report = StageFunnel.of(List.of("visit", "cart", "order", "pay"),
				new long[] { 1000, 600, 300, 240 });
		List<StepRate> steps = report.steps();
		assertThat(steps.get(0).stepRate().orElseThrow()).isEqualTo(1.0);
		assertThat(steps.get(1).stepRate().orElseThrow()).isEqualTo(0.6);
		assertThat(steps.get(2).stepRate().orElseThrow()).isEqualTo(0.5);
		assertThat(steps.get(3).stepRate().orElseThrow()).isEqualTo(0.8);
		assertThat(steps.get(3).cumulativeRate().orElseThrow()).isEqualTo(0.24);
		assertThat(steps.get(2).dropOff()).isEqualTo(300);
		assertThat(steps.get(2).dropOffRate().orElseThrow()).isEqualTo(0.5);
		// the lowest step rate 0.5 is at index 2
		assertThat(report.bottleneck()).hasValue(2);
	}

	@Test
	void bottleneckTiesGoToTheFirstStep() {
		// 100 → 50 → 25: both steps 0.5
		assertThat(StageFunnel.of(List.of("a", "b", "c"), new long[] { 100, 50, 25 }).bottleneck()).hasValue(1);
	}

	@Test
	void ratesAfterAnEmptyStageAreUndefined() {
		FunnelReport report = StageFunnel.of(List.of("a", "b", "c"), new long[] { 10, 0, 0 });
		assertThat(report.steps().get(1).stepRate().orElseThrow()).isZero();
		assertThat(report.steps().get(2).stepRate().isDefined()).isFalse();
		assertThat(report.steps().get(2).cumulativeRate().orElseThrow()).isZero();
		assertThat(report.bottleneck()).hasValue(1);
		FunnelReport empty = StageFunnel.of(List.of("a", "b"), new long[] { 0, 0 });
		assertThat(empty.steps().get(1).cumulativeRate().undefinedReason()).contains("first step");
		assertThat(empty.bottleneck()).isEmpty();
	}

	@Test
	void seedRatesReadAsStepsOrAsCumulative() {
		// seed digest row 12 (000 18/12/8/5 %): as steps 0.18 × 0.12 × 0.08 × 0.05 =
		// 0.0000864
		double[] cumulative = RateChain.cumulativeFromSteps(new double[] { 0.18, 0.12, 0.08, 0.05 });
		assertThat(cumulative[3]).isCloseTo(0.0000864, within(1e-15));
		// as cumulative: 12/18 = 66.7 %, 8/12 = 66.7 %, 5/8 = 62.5 %
		double[] steps = RateChain.stepsFromCumulative(new double[] { 0.18, 0.12, 0.08, 0.05 });
		assertThat(steps).containsExactly(new double[] { 0.18, 2.0 / 3, 2.0 / 3, 0.625 }, within(1e-12));
	}

	@Test
	void cumulativeAndStepRatesConvertBackAndForth() {
		java.util.Random random = new java.util.Random(11);
		for (int trial = 0; trial < 200; trial++) {
			double[] steps = new double[1 + random.nextInt(6)];
			for (int i = 0; i < steps.length; i++) {
				steps[i] = 0.01 + random.nextDouble();
			}
			assertThat(RateChain.stepsFromCumulative(RateChain.cumulativeFromSteps(steps))).containsExactly(steps,
					within(1e-9));
		}
	}

}
