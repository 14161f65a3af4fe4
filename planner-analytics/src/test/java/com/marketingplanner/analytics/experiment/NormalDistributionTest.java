package com.marketingplanner.analytics.experiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class NormalDistributionTest {

	@Test
	void cdfMatchesTabulatedValues() {
		// reference values: Abramowitz & Stegun table 26.1, checked against Python's
		// statistics.NormalDist
		assertThat(NormalDistribution.cdf(0)).isCloseTo(0.5, within(1e-15));
		assertThat(NormalDistribution.cdf(1)).isCloseTo(0.8413447460685429, within(1e-14));
		assertThat(NormalDistribution.cdf(1.96)).isCloseTo(0.9750021048517796, within(1e-14));
		assertThat(NormalDistribution.cdf(-3)).isCloseTo(0.0013498980316301035, within(1e-15));
		assertThat(NormalDistribution.cdf(5)).isCloseTo(0.9999997133484282, within(1e-14));
	}

	@Test
	void farTailKeepsRelativePrecision() {
		// Φ(−8) = 6.220960574271785e-16 (R: pnorm(-8) = 6.220961e-16)
		assertThat(NormalDistribution.cdf(-8)).isCloseTo(6.220960574271785e-16, withinPercentage(1e-6));
		assertThat(NormalDistribution.cdf(-40)).isZero();
		assertThat(NormalDistribution.cdf(40)).isEqualTo(1.0);
	}

	@Test
	void quantileMatchesTabulatedValues() {
		assertThat(NormalDistribution.quantile(0.975)).isCloseTo(1.9599639845400536, within(1e-13));
		assertThat(NormalDistribution.quantile(0.8)).isCloseTo(0.8416212335729144, within(1e-13));
		assertThat(NormalDistribution.quantile(0.995)).isCloseTo(2.5758293035489, within(1e-12));
		assertThat(NormalDistribution.quantile(0.3)).isCloseTo(-0.5244005127080407, within(1e-13));
		assertThat(NormalDistribution.quantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-9));
		assertThat(NormalDistribution.quantile(0.5)).isCloseTo(0, within(1e-15));
	}

	@Test
	void quantileInvertsCdfAcrossTheRange() {
		for (double p = 0.0001; p < 1; p += 0.0007) {
			assertThat(NormalDistribution.cdf(NormalDistribution.quantile(p))).isCloseTo(p, within(1e-13));
		}
	}

	@Test
	void quantileRejectsProbabilitiesOutsideZeroOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> NormalDistribution.quantile(0));
		assertThatIllegalArgumentException().isThrownBy(() -> NormalDistribution.quantile(1));
	}

}
