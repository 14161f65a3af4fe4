package com.marketingplanner.analytics.funnel;

/**
 * Converts between the two ways plans state funnel rates (seed digest row 12): as step
 * rates (each relative to the previous stage) and as cumulative rates (each relative to
 * the first stage). cumulativeᵢ = Π_{j≤i} stepⱼ and stepᵢ = cumulativeᵢ ÷ cumulativeᵢ₋₁.
 * Seed 000's "18/12/8/5 %" read as steps gives a cumulative 0.18 × 0.12 × 0.08 × 0.05 =
 * 0.0000864 (0.00864 %); read as cumulative it gives the steps 66.7 / 66.7 / 62.5 %.
 * Which reading a plan means must be stored with the plan; this class only converts.
 */
public final class RateChain {

	private RateChain() {
	}

	/** Cumulative rates from step rates: the running product. */
	public static double[] cumulativeFromSteps(double[] stepRates) {
		double[] cumulative = new double[stepRates.length];
		double product = 1;
		for (int i = 0; i < stepRates.length; i++) {
			requireRate(stepRates[i]);
			product *= stepRates[i];
			cumulative[i] = product;
		}
		return cumulative;
	}

	/**
	 * Step rates from cumulative rates: the first rate is kept, each further one divided
	 * by its predecessor.
	 * @throws IllegalArgumentException when a cumulative rate is zero before the last
	 * stage (the next step rate would not be defined) or a rate is negative
	 */
	public static double[] stepsFromCumulative(double[] cumulativeRates) {
		double[] steps = new double[cumulativeRates.length];
		for (int i = 0; i < cumulativeRates.length; i++) {
			requireRate(cumulativeRates[i]);
			if (i == 0) {
				steps[i] = cumulativeRates[i];
			}
			else if (cumulativeRates[i - 1] == 0) {
				throw new IllegalArgumentException(
						"cumulative rate " + i + " is zero; the next step rate is undefined");
			}
			else {
				steps[i] = cumulativeRates[i] / cumulativeRates[i - 1];
			}
		}
		return steps;
	}

	private static void requireRate(double rate) {
		if (!(rate >= 0) || !Double.isFinite(rate)) {
			throw new IllegalArgumentException("a rate must be finite and not negative: " + rate);
		}
	}

}
