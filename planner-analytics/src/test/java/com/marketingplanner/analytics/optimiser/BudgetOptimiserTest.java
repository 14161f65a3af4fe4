package com.marketingplanner.analytics.optimiser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class BudgetOptimiserTest {

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

	private static BigDecimal sumOfRecommended(AllocationPlan plan) {
		return plan.channels()
			.stream()
			.map(ChannelAllocation::recommendedSpend)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Test
	void identicalChannelsSplitEvenlyAndEqualiseMarginalReturns() {
		// r = 1000(1 − e^(−x/100)) twice, budget 200 → 100 each; λ = (1000/100)·e^(−1) =
		// 3.6788
		// expected return 2 × 1000(1 − e^(−1)) = 2 × 632.12 = 1264.24
		SaturationCurve curve = new SaturationCurve(1000, 100);
		AllocationPlan plan = BudgetOptimiser.allocate(List.of(ChannelPlan.unconstrained("search", curve, money("150")),
				ChannelPlan.unconstrained("social", curve, money("50"))), money("200"), null);
		assertThat(plan.channels()).extracting(ChannelAllocation::recommendedSpend)
			.containsExactly(money("100.00"), money("100.00"));
		assertThat(plan.channels().get(0).change()).isEqualByComparingTo("-50");
		assertThat(plan.equalisedMarginalReturn().getAsDouble()).isCloseTo(10 * Math.exp(-1), within(1e-9));
		assertThat(plan.recommendedReturn()).isEqualByComparingTo("1264.24");
		// current 150/50: 1000(1 − e^(−1.5)) + 1000(1 − e^(−0.5)) = 776.87 + 393.47 =
		// 1170.34
		assertThat(plan.currentReturn()).isEqualByComparingTo("1170.34");
		assertThat(plan.channels()).extracting(ChannelAllocation::reason)
			.containsOnly(AllocationReason.MARGINAL_RETURN_EQUALISED);
	}

	@Test
	void powerCurvesSplitWhereMarginalReturnsMeet() {
		// r₁ = 10√x, r₂ = 20√x: 5/√x₁ = 10/√x₂ → x₂ = 4x₁; budget 1000 → 200 and 800; λ =
		// 5/√200
		AllocationPlan plan = BudgetOptimiser
			.allocate(
					List.of(ChannelPlan.unconstrained("a", new PowerCurve(10, 0.5), money("500")),
							ChannelPlan.unconstrained("b", new PowerCurve(20, 0.5), money("500"))),
					money("1000"), null);
		assertThat(plan.channels().get(0).recommendedSpend()).isEqualByComparingTo("200");
		assertThat(plan.channels().get(1).recommendedSpend()).isEqualByComparingTo("800");
		assertThat(plan.equalisedMarginalReturn().getAsDouble()).isCloseTo(5 / Math.sqrt(200), within(1e-9));
		assertThat(plan.channels().get(1).marginalReturn()).isCloseTo(5 / Math.sqrt(200), within(1e-6));
	}

	@Test
	void maxShareHoldsAChannelAndTheRestGoesToTheOthers() {
		// as above with b ≤ 60 %: b = 600 (at max share), a = 400
		AllocationPlan plan = BudgetOptimiser.allocate(
				List.of(ChannelPlan.unconstrained("a", new PowerCurve(10, 0.5), money("500")),
						new ChannelPlan("b", new PowerCurve(20, 0.5), money("500"), 0, 0.6, null)),
				money("1000"), null);
		assertThat(plan.channels().get(0).recommendedSpend()).isEqualByComparingTo("400");
		assertThat(plan.channels().get(1).recommendedSpend()).isEqualByComparingTo("600");
		assertThat(plan.channels().get(1).reason()).isEqualTo(AllocationReason.AT_MAX_SHARE);
		assertThat(plan.channels().get(0).reason()).isEqualTo(AllocationReason.MARGINAL_RETURN_EQUALISED);
	}

	@Test
	void minShareAndCapAreHonoured() {
		// a ≥ 30 % of 1000 = 300 although its curve deserves 200; b capped at 500 → a
		// gets 500
		AllocationPlan plan = BudgetOptimiser.allocate(
				List.of(new ChannelPlan("a", new PowerCurve(10, 0.5), money("0"), 0.3, 1, null),
						new ChannelPlan("b", new PowerCurve(20, 0.5), money("0"), 0, 1, money("500"))),
				money("1000"), null);
		assertThat(plan.channels().get(0).recommendedSpend()).isEqualByComparingTo("500");
		assertThat(plan.channels().get(1).recommendedSpend()).isEqualByComparingTo("500");
		assertThat(plan.channels().get(1).reason()).isEqualTo(AllocationReason.AT_CAP);
		// with a cap of 900 on b, a stays at its minimum
		AllocationPlan second = BudgetOptimiser.allocate(
				List.of(new ChannelPlan("a", new PowerCurve(10, 0.5), money("0"), 0.3, 1, null),
						new ChannelPlan("b", new PowerCurve(20, 0.5), money("0"), 0, 1, money("900"))),
				money("1000"), null);
		assertThat(second.channels().get(0).recommendedSpend()).isEqualByComparingTo("300");
		assertThat(second.channels().get(0).reason()).isEqualTo(AllocationReason.AT_MIN_SHARE);
	}

	@Test
	void roiFloorStopsSpendWhereTheAverageReturnFallsToIt() {
		// r = 1000(1 − e^(−x/100)), floor 5: r(x)/x = 5 near x = 159.36; budget 1000 →
		// 840.64 unallocated
		SaturationCurve curve = new SaturationCurve(1000, 100);
		AllocationPlan plan = BudgetOptimiser.allocate(List.of(ChannelPlan.unconstrained("ads", curve, money("0"))),
				money("1000"), 5.0);
		ChannelAllocation ads = plan.channels().get(0);
		double spend = ads.recommendedSpend().doubleValue();
		assertThat(curve.response(spend) / spend).isCloseTo(5, within(1e-3));
		assertThat(ads.reason()).isEqualTo(AllocationReason.AT_ROI_FLOOR);
		assertThat(plan.unallocated()).isEqualByComparingTo(money("1000").subtract(ads.recommendedSpend()));
		assertThat(plan.equalisedMarginalReturn()).isEmpty();
	}

	@Test
	void minimumShareWinsOverTheRoiFloor() {
		// a curve that never returns 5 per unit on average, yet must get 10 %
		AllocationPlan plan = BudgetOptimiser.allocate(
				List.of(new ChannelPlan("weak", new SaturationCurve(100, 100), money("0"), 0.1, 1, null),
						ChannelPlan.unconstrained("strong", new SaturationCurve(100000, 1000), money("0"))),
				money("1000"), 5.0);
		assertThat(plan.channels().get(0).recommendedSpend()).isEqualByComparingTo("100");
		assertThat(plan.channels().get(0).reason()).isEqualTo(AllocationReason.MIN_SHARE_BELOW_ROI_FLOOR);
	}

	@Test
	void rejectsMinimumSharesAboveTheBudget() {
		SaturationCurve curve = new SaturationCurve(1000, 100);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BudgetOptimiser.allocate(List.of(new ChannelPlan("a", curve, money("0"), 0.6, 1, null),
					new ChannelPlan("b", curve, money("0"), 0.5, 1, null)), money("1000"), null));
	}

	@Test
	void recommendationBeatsRandomFeasibleSplitsAndAddsUpToTheBudget() {
		// property over generated channels: no random split within the bounds returns
		// more
		Random random = new Random(99);
		for (int trial = 0; trial < 50; trial++) {
			List<ChannelPlan> channels = new ArrayList<>();
			int count = 2 + random.nextInt(4);
			for (int i = 0; i < count; i++) {
				ResponseCurve curve = random.nextBoolean()
						? new SaturationCurve(1000 + random.nextDouble() * 9000, 100 + random.nextDouble() * 900)
						: new PowerCurve(1 + random.nextDouble() * 20, 0.2 + random.nextDouble() * 0.7);
				channels.add(new ChannelPlan("c" + i, curve, money("100"), 0, 0.7, null));
			}
			BigDecimal budget = money("2000");
			AllocationPlan plan = BudgetOptimiser.allocate(channels, budget, null);
			assertThat(sumOfRecommended(plan).add(plan.unallocated())).isEqualByComparingTo(budget);
			double best = plan.channels().stream().mapToDouble((c) -> c.recommendedReturn().doubleValue()).sum();
			for (int sample = 0; sample < 200; sample++) {
				double[] split = randomSplit(random, count, 2000, 0.7 * 2000);
				double value = 0;
				for (int i = 0; i < count; i++) {
					value += channels.get(i).curve().response(split[i]);
				}
				assertThat(value).isLessThanOrEqualTo(best + 0.02 * count);
			}
		}
	}

	/** A random split of total over n channels, none above max (rejection sampling). */
	private static double[] randomSplit(Random random, int n, double total, double max) {
		while (true) {
			double[] weights = new double[n];
			double sum = 0;
			for (int i = 0; i < n; i++) {
				weights[i] = -Math.log(random.nextDouble());
				sum += weights[i];
			}
			boolean feasible = true;
			for (int i = 0; i < n; i++) {
				weights[i] = weights[i] / sum * total;
				feasible &= weights[i] <= max;
			}
			if (feasible) {
				return weights;
			}
		}
	}

}
