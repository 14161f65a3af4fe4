package com.marketingplanner.analytics.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RiskAssessmentTest {

	private static BigDecimal p(String value) {
		return new BigDecimal(value);
	}

	@Test
	void expectedLossOfTheSeedIs924Wan() {
		// seed digest row 22 (000): 0.22 × 15 % × 2.8億 = 0.22 × 42,000,000 = 9,240,000
		// (924萬元)
		BigDecimal magnitude = RiskAssessment.magnitudeAsShareOf(p("0.15"), p("280000000"));
		assertThat(RiskAssessment.expectedMonetaryImpact(p("0.22"), magnitude)).isEqualByComparingTo(p("9240000"));
	}

	@Test
	void scoreIsProbabilityTimesImpactExactly() {
		assertThat(RiskAssessment.score(p("0.22"), 4)).isEqualByComparingTo("0.88");
		assertThat(RiskAssessment.score(p("1"), 5)).isEqualByComparingTo("5");
		assertThat(RiskAssessment.score(p("0"), 3)).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "0, 1", "0.1999, 1", "0.19, 1", "0.2, 2", "0.22, 2", "0.4, 3", "0.5999, 3", "0.6, 4", "0.8, 5",
			"1, 5" })
	void heatMapBucketsProbabilityInFifthsClosedAtTheBottom(String probability, int bucket) {
		assertThat(RiskAssessment.probabilityBucket(p(probability))).isEqualTo(bucket);
		assertThat(RiskAssessment.heatMapCell(p(probability), 3)).isEqualTo(new HeatMapCell(bucket, 3));
	}

	@Test
	void combinedProbabilitiesOfIndependentRisks() {
		// 0.22 and 0.18: any = 1 − 0.78 × 0.82 = 1 − 0.6396 = 0.3604; all = 0.0396
		List<BigDecimal> risks = List.of(p("0.22"), p("0.18"));
		assertThat(RiskAssessment.probabilityOfAny(risks)).isEqualByComparingTo("0.3604");
		assertThat(RiskAssessment.probabilityOfAll(risks)).isEqualByComparingTo("0.0396");
		assertThat(RiskAssessment.probabilityOfAny(List.of())).isZero();
		assertThat(RiskAssessment.probabilityOfAll(List.of())).isEqualByComparingTo("1");
	}

	@Test
	void combinedProbabilityLiesBetweenTheLargestSingleAndTheSum() {
		// property over generated risk sets: max pᵢ ≤ P(any) ≤ min(1, Σ pᵢ) and P(all) ≤
		// min pᵢ
		Random random = new Random(3);
		for (int trial = 0; trial < 1000; trial++) {
			List<BigDecimal> risks = new ArrayList<>();
			BigDecimal max = BigDecimal.ZERO;
			BigDecimal min = BigDecimal.ONE;
			BigDecimal sum = BigDecimal.ZERO;
			for (int i = 0; i < 1 + random.nextInt(6); i++) {
				BigDecimal probability = BigDecimal.valueOf(random.nextInt(10001), 4);
				risks.add(probability);
				max = max.max(probability);
				min = min.min(probability);
				sum = sum.add(probability);
			}
			BigDecimal any = RiskAssessment.probabilityOfAny(risks);
			assertThat(any).isBetween(max, sum.min(BigDecimal.ONE));
			assertThat(RiskAssessment.probabilityOfAll(risks)).isLessThanOrEqualTo(min);
		}
	}

	@Test
	void rejectsProbabilityOrImpactOutOfScale() {
		assertThatIllegalArgumentException().isThrownBy(() -> RiskAssessment.score(p("1.1"), 3));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskAssessment.score(p("-0.1"), 3));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskAssessment.score(p("0.5"), 6));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskAssessment.heatMapCell(p("0.5"), 0));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskAssessment.expectedMonetaryImpact(p("0.5"), p("-1")));
	}

}
