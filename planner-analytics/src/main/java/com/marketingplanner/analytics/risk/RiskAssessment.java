package com.marketingplanner.analytics.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Risk scoring (design.md "Risk"; seed digest row 22).
 * <ul>
 * <li>score = probability × impact, in [0, 5];</li>
 * <li>expected monetary impact E = probability × magnitude, in decimal: 0.22 × (15 % ×
 * 2.8億) = 924萬元;</li>
 * <li>heat-map cell: probability bucket = ⌊5p⌋ + 1 capped at 5 (so [0, 0.2) → 1, [0.2,
 * 0.4) → 2, …, [0.8, 1] → 5) and the impact as given;</li>
 * <li>combined probability of independent risks: at least one occurs = 1 − Π(1 − pᵢ), all
 * occur = Π pᵢ.</li>
 * </ul>
 * Independence is an assumption the plans do not state; the seeds' "combined 35 %" is
 * stated, not computed, and should be shown beside this figure rather than replaced by
 * it.
 */
public final class RiskAssessment {

	private RiskAssessment() {
	}

	/** Score = probability × impact. */
	public static double score(Risk risk) {
		return risk.probability() * risk.impact();
	}

	/**
	 * Expected monetary impact = probability × magnitude, exact in decimal (the
	 * probability taken by its shortest decimal representation, 0.22 stays 0.22); empty
	 * when the risk has no magnitude.
	 */
	public static Optional<BigDecimal> expectedMonetaryImpact(Risk risk) {
		if (risk.magnitude() == null) {
			return Optional.empty();
		}
		return Optional.of(BigDecimal.valueOf(risk.probability()).multiply(risk.magnitude()));
	}

	/** The 5×5 heat-map cell of the risk. */
	public static HeatMapCell heatMapCell(Risk risk) {
		int probabilityBucket = Math.min(5, (int) Math.floor(risk.probability() * 5) + 1);
		return new HeatMapCell(probabilityBucket, risk.impact());
	}

	/**
	 * Probability that at least one of independent risks occurs: 1 − Π(1 − pᵢ); 0 for
	 * none.
	 */
	public static double probabilityOfAny(List<Risk> risks) {
		double noneOccurs = 1;
		for (Risk risk : risks) {
			noneOccurs *= 1 - risk.probability();
		}
		return 1 - noneOccurs;
	}

	/** Probability that all of independent risks occur: Π pᵢ; 1 for an empty list. */
	public static double probabilityOfAll(List<Risk> risks) {
		double all = 1;
		for (Risk risk : risks) {
			all *= risk.probability();
		}
		return all;
	}

	/** The whole assessment of one risk. */
	public static RiskScore assess(Risk risk) {
		return new RiskScore(risk.id(), score(risk), expectedMonetaryImpact(risk), heatMapCell(risk));
	}

}
