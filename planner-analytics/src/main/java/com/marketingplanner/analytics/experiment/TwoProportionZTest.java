package com.marketingplanner.analytics.experiment;

import com.marketingplanner.analytics.Figure;

/**
 * A/B uplift and the two-proportion z-test (design.md "Experiments"; the textbook test,
 * e.g. Agresti, Categorical Data Analysis, §2.1 / §3.1).
 * <ul>
 * <li>pᵢ = conversionsᵢ ÷ visitorsᵢ; uplift p₂ − p₁ absolute and (p₂ − p₁) ÷ p₁
 * relative;</li>
 * <li>pooled p = (x₁ + x₂) ÷ (n₁ + n₂), SE₀ = √(p(1 − p)(1/n₁ + 1/n₂)), z = (p₂ − p₁) ÷
 * SE₀, two-sided p-value = 2·Φ(−|z|);</li>
 * <li>interval for p₂ − p₁ at level 1 − α (Wald, unpooled): (p₂ − p₁) ± z₁₋α/₂ · √(p₁(1 −
 * p₁)/n₁ + p₂(1 − p₂)/n₂);</li>
 * <li>significant when p-value &lt; α.</li>
 * </ul>
 * Control 100/1000, treatment 130/1000: z = 0.03 ÷ 0.014267 = 2.1027, p = 0.0355, 95 %
 * interval (0.0021, 0.0579).
 */
public final class TwoProportionZTest {

	private TwoProportionZTest() {
	}

	/**
	 * Compares the treatment with the control.
	 * @param confidenceLevel 1 − α, strictly between 0 and 1 (e.g. 0.95)
	 */
	public static ZTestResult compare(Arm control, Arm treatment, double confidenceLevel) {
		requireLevel(confidenceLevel);
		double p1 = control.rate();
		double p2 = treatment.rate();
		double difference = p2 - p1;
		Figure relative = Figure.quotient(difference, p1, "relative uplift is not defined for a zero control rate");
		double pooled = (double) (control.conversions() + treatment.conversions())
				/ (control.visitors() + treatment.visitors());
		double pooledError = Math.sqrt(pooled * (1 - pooled) * (1.0 / control.visitors() + 1.0 / treatment.visitors()));
		Figure z = Figure.quotient(difference, pooledError,
				"z is not defined when both arms convert at 0 % or both at 100 %");
		Figure pValue = z.map((value) -> 2 * NormalDistribution.cdf(-Math.abs(value)));
		double alpha = 1 - confidenceLevel;
		double critical = NormalDistribution.quantile(1 - alpha / 2);
		double unpooledError = Math.sqrt(p1 * (1 - p1) / control.visitors() + p2 * (1 - p2) / treatment.visitors());
		boolean significant = pValue.isDefined() && pValue.orElseThrow() < alpha;
		return new ZTestResult(p1, p2, difference, relative, z, pValue, confidenceLevel,
				difference - critical * unpooledError, difference + critical * unpooledError, significant);
	}

	/**
	 * Visitors needed per arm to detect a change of the conversion rate from
	 * {@code baselineRate} to {@code expectedRate} with a two-sided test (normal
	 * approximation, no continuity correction; Fleiss, Statistical Methods for Rates and
	 * Proportions, 3rd ed., eq. 4.14 without the correction): n = (z₁₋α/₂·√(2p̄(1 − p̄))
	 * + z₁₋β·√(p₁(1 − p₁) + p₂(1 − p₂)))² ÷ (p₂ − p₁)², p̄ = (p₁ + p₂)/2, rounded up.
	 * From 10 % to 12 % at α = 0.05 and power 0.8: 3841 per arm.
	 * @param significance α, e.g. 0.05
	 * @param power 1 − β, e.g. 0.8
	 */
	public static long sampleSizePerArm(double baselineRate, double expectedRate, double significance, double power) {
		requireRate(baselineRate);
		requireRate(expectedRate);
		requireLevel(1 - significance);
		requireLevel(power);
		if (baselineRate == expectedRate) {
			throw new IllegalArgumentException("the expected rate must differ from the baseline rate");
		}
		double mean = (baselineRate + expectedRate) / 2;
		double zAlpha = NormalDistribution.quantile(1 - significance / 2);
		double zBeta = NormalDistribution.quantile(power);
		double root = zAlpha * Math.sqrt(2 * mean * (1 - mean))
				+ zBeta * Math.sqrt(baselineRate * (1 - baselineRate) + expectedRate * (1 - expectedRate));
		double difference = expectedRate - baselineRate;
		return (long) Math.ceil(root * root / (difference * difference));
	}

	private static void requireLevel(double level) {
		if (!(level > 0 && level < 1)) {
			throw new IllegalArgumentException("a level must lie strictly between 0 and 1: " + level);
		}
	}

	private static void requireRate(double rate) {
		if (!(rate > 0 && rate < 1)) {
			throw new IllegalArgumentException("a conversion rate must lie strictly between 0 and 1: " + rate);
		}
	}

}
