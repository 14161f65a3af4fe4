package com.marketingplanner.analytics.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class RiskAssessmentTest {

	@Test
	void expectedLossOfTheSeedIs924Wan() {
		// seed digest row 22 (000): 0.22 × 15 % × 2.8億 = 0.22 × 42,000,000 = 9,240,000
		// (924萬元)
		BigDecimal magnitude = Risk.magnitudeAsShareOf(new BigDecimal("0.15"), new BigDecimal("280000000"));
		Risk risk = new Risk("R1", 0.22, 4, magnitude);
		assertThat(RiskAssessment.expectedMonetaryImpact(risk).orElseThrow())
			.isEqualByComparingTo(new BigDecimal("9240000"));
	}

	@Test
	void scoreIsProbabilityTimesImpact() {
		// 0.22 × 4 = 0.88
		assertThat(RiskAssessment.score(new Risk("R1", 0.22, 4, null))).isCloseTo(0.88, within(1e-12));
		assertThat(RiskAssessment.assess(new Risk("R2", 0.5, 5, null)).expectedMonetaryImpact()).isEmpty();
	}

	@Test
	void heatMapBucketsProbabilityInFifths() {
		assertThat(RiskAssessment.heatMapCell(new Risk("a", 0.0, 1, null))).isEqualTo(new HeatMapCell(1, 1));
		assertThat(RiskAssessment.heatMapCell(new Risk("b", 0.19, 3, null))).isEqualTo(new HeatMapCell(1, 3));
		assertThat(RiskAssessment.heatMapCell(new Risk("c", 0.2, 3, null))).isEqualTo(new HeatMapCell(2, 3));
		assertThat(RiskAssessment.heatMapCell(new Risk("d", 0.22, 4, null))).isEqualTo(new HeatMapCell(2, 4));
		assertThat(RiskAssessment.heatMapCell(new Risk("e", 0.8, 5, null))).isEqualTo(new HeatMapCell(5, 5));
		assertThat(RiskAssessment.heatMapCell(new Risk("f", 1.0, 5, null))).isEqualTo(new HeatMapCell(5, 5));
	}

	@Test
	void combinedProbabilitiesOfIndependentRisks() {
		// 0.22 and 0.18: any = 1 − 0.78 × 0.82 = 1 − 0.6396 = 0.3604; all = 0.0396
		List<Risk> risks = List.of(new Risk("a", 0.22, 3, null), new Risk("b", 0.18, 3, null));
		assertThat(RiskAssessment.probabilityOfAny(risks)).isCloseTo(0.3604, within(1e-12));
		assertThat(RiskAssessment.probabilityOfAll(risks)).isCloseTo(0.0396, within(1e-12));
		assertThat(RiskAssessment.probabilityOfAny(List.of())).isZero();
	}

	@Test
	void combinedProbabilityLiesBetweenTheLargestSingleAndTheSum() {
		// property over generated risk sets: max pᵢ ≤ P(any) ≤ min(1, Σ pᵢ) and P(all) ≤
		// min pᵢ
		Random random = new Random(3);
		for (int trial = 0; trial < 1000; trial++) {
			List<Risk> risks = new ArrayList<>();
			double max = 0;
			double min = 1;
			double sum = 0;
			for (int i = 0; i < 1 + random.nextInt(6); i++) {
				double p = random.nextDouble();
				risks.add(new Risk("r" + i, p, 1 + random.nextInt(5), null));
				max = Math.max(max, p);
				min = Math.min(min, p);
				sum += p;
			}
			double any = RiskAssessment.probabilityOfAny(risks);
			assertThat(any).isBetween(max - 1e-12, Math.min(1, sum) + 1e-12);
			assertThat(RiskAssessment.probabilityOfAll(risks)).isLessThanOrEqualTo(min + 1e-12);
		}
	}

	@Test
	void rejectsProbabilityOrImpactOutOfScale() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Risk("x", 1.1, 3, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Risk("x", 0.5, 6, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Risk("x", 0.5, 0, null));
	}

}
