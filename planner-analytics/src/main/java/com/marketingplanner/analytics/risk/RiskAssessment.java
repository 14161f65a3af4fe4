package com.marketingplanner.analytics.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * Risk scoring (design.md "Risk"; seed digest row 22), exact in decimal. The plan's risk
 * register ({@code domain.risk}) calls these formulas; they are not repeated there.
 * <ul>
 * <li>score = probability × impact, in [0, 5];</li>
 * <li>expected monetary impact E = probability × magnitude: 0.22 × (15 % × 2.8億) =
 * 924萬元;</li>
 * <li>heat-map cell: probability bucket = ⌊5p⌋ + 1 capped at 5 (so [0, 0.2) → 1, [0.2,
 * 0.4) → 2, …, [0.8, 1] → 5) and the impact as given;</li>
 * <li>combined probability of independent risks: at least one occurs = 1 − Π(1 − pᵢ), all
 * occur = Π pᵢ.</li>
 * </ul>
 * Probabilities lie in [0, 1] and impacts on the 1–5 scale; anything else is an
 * {@link IllegalArgumentException}. Results are exact (no rounding): callers round for
 * display. Independence is an assumption the plans do not state; the seeds' "combined 35
 * %" is stated, not computed, and should be shown beside this figure rather than replaced
 * by it.
 */
public final class RiskAssessment {

	private static final BigDecimal FIVE = BigDecimal.valueOf(5);

	private RiskAssessment() {
	}

	/** Score = probability × impact: 0.22 × 4 = 0.88. */
	public static BigDecimal score(BigDecimal probability, int impact) {
		return requireProbability(probability).multiply(BigDecimal.valueOf(requireImpact(impact)));
	}

	/**
	 * Expected monetary impact = probability × magnitude, the magnitude being the money
	 * lost if the risk occurs: 0.22 × 42,000,000 = 9,240,000.
	 */
	public static BigDecimal expectedMonetaryImpact(BigDecimal probability, BigDecimal magnitude) {
		Objects.requireNonNull(magnitude, "magnitude");
		if (magnitude.signum() < 0) {
			throw new IllegalArgumentException("a magnitude must not be negative: " + magnitude);
		}
		return requireProbability(probability).multiply(magnitude);
	}

	/**
	 * The magnitude of a loss stated as a share of a base amount: 15 % of 2.8億 = 0.15 ×
	 * 280,000,000 = 42,000,000.
	 */
	public static BigDecimal magnitudeAsShareOf(BigDecimal share, BigDecimal base) {
		return share.multiply(base);
	}

	/** The probability bucket 1–5 of the heat map: ⌊5p⌋ + 1, at most 5. */
	public static int probabilityBucket(BigDecimal probability) {
		int bucket = requireProbability(probability).multiply(FIVE).setScale(0, RoundingMode.FLOOR).intValue() + 1;
		return Math.min(bucket, 5);
	}

	/** The 5×5 heat-map cell of a risk with this probability and impact. */
	public static HeatMapCell heatMapCell(BigDecimal probability, int impact) {
		return new HeatMapCell(probabilityBucket(probability), requireImpact(impact));
	}

	/**
	 * Probability that at least one of independent risks occurs: 1 − Π(1 − pᵢ); 0 for
	 * none.
	 */
	public static BigDecimal probabilityOfAny(Collection<BigDecimal> probabilities) {
		BigDecimal noneOccurs = BigDecimal.ONE;
		for (BigDecimal probability : probabilities) {
			noneOccurs = noneOccurs.multiply(BigDecimal.ONE.subtract(requireProbability(probability)));
		}
		return BigDecimal.ONE.subtract(noneOccurs);
	}

	/** Probability that all of independent risks occur: Π pᵢ; 1 for none. */
	public static BigDecimal probabilityOfAll(Collection<BigDecimal> probabilities) {
		BigDecimal all = BigDecimal.ONE;
		for (BigDecimal probability : probabilities) {
			all = all.multiply(requireProbability(probability));
		}
		return all;
	}

	private static BigDecimal requireProbability(BigDecimal probability) {
		Objects.requireNonNull(probability, "probability");
		if (probability.signum() < 0 || probability.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("a probability lies in [0, 1]: " + probability);
		}
		return probability;
	}

	private static int requireImpact(int impact) {
		if (impact < 1 || impact > 5) {
			throw new IllegalArgumentException("an impact lies on the 1–5 scale: " + impact);
		}
		return impact;
	}

}
