package com.marketingplanner.analytics.roi;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ReturnRatiosTest {

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

	@Test
	void roiIsProfitOverCost() {
		// (350 − 100) / 100 = 2.5
		assertThat(ReturnRatios.roi(money("350"), money("100")).orElseThrow()).isEqualTo(2.5);
		// a loss: (80 − 100) / 100 = −0.2
		assertThat(ReturnRatios.roi(money("80"), money("100")).orElseThrow()).isEqualTo(-0.2);
	}

	@Test
	void roasIsRevenueOverSpendAndClassicRoiIsOneLess() {
		// 350 / 100 = 3.5, "1:3.5"; ROI = ROAS − 1 (seed digest row 5b)
		double roas = ReturnRatios.roas(money("350"), money("100")).orElseThrow();
		assertThat(roas).isEqualTo(3.5);
		assertThat(OneToX.format(roas)).isEqualTo("1:3.5");
		assertThat(ReturnRatios.roi(money("350"), money("100")).orElseThrow()).isEqualTo(roas - 1);
	}

	@Test
	void zeroSpendLeavesRatiosUndefined() {
		assertThat(ReturnRatios.roi(money("10"), BigDecimal.ZERO).isDefined()).isFalse();
		assertThat(ReturnRatios.roas(money("10"), BigDecimal.ZERO).undefinedReason()).contains("zero spend");
		assertThat(ReturnRatios.salesYield(money("10"), BigDecimal.ZERO).isDefined()).isFalse();
	}

	@Test
	void salesYieldMatchesTheSeedsFloors() {
		// seed digest row 8: 500 / 1萬 = 0.05; 1.5萬 / 100萬 = 0.015; 500萬 / 100萬 = 5
		assertThat(ReturnRatios.salesYield(money("500"), money("10000")).orElseThrow()).isEqualTo(0.05);
		assertThat(ReturnRatios.salesYield(money("15000"), money("1000000")).orElseThrow()).isEqualTo(0.015);
		assertThat(ReturnRatios.salesYield(money("5000000"), money("1000000")).orElseThrow()).isEqualTo(5);
	}

	@Test
	void marginalRoiIsRevenueGainOverSpendGain() {
		// spend 100 → 150 raised revenue 400 → 460: 60 / 50 = 1.2
		SpendOutcome low = new SpendOutcome(money("100"), money("400"));
		SpendOutcome high = new SpendOutcome(money("150"), money("460"));
		assertThat(ReturnRatios.marginalRoi(low, high).orElseThrow()).isEqualTo(1.2);
		// symmetric in the order of the two levels
		assertThat(ReturnRatios.marginalRoi(high, low).orElseThrow()).isEqualTo(1.2);
		assertThat(ReturnRatios.marginalRoi(low, low).isDefined()).isFalse();
	}

	@Test
	void rejectsNegativeSpend() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReturnRatios.roas(money("1"), money("-1")));
	}

	@Test
	void oneToXParsesTheSeedsNotation() {
		// seed digest row 7: 004 "1:2.3 vs 1:3.5 industry", case 1:5.8
		assertThat(OneToX.parse("1:2.3")).isEqualTo(2.3);
		assertThat(OneToX.parse(" 1 : 3.5 ")).isEqualTo(3.5);
		assertThat(OneToX.parse("1：5.8")).isEqualTo(5.8);
		assertThat(OneToX.parse("1:4")).isEqualTo(4);
		assertThatIllegalArgumentException().isThrownBy(() -> OneToX.parse("2:3"));
		assertThatIllegalArgumentException().isThrownBy(() -> OneToX.parse("1:"));
	}

	@Test
	void oneToXFormatsWithAtMostTwoDecimals() {
		assertThat(OneToX.format(4)).isEqualTo("1:4");
		assertThat(OneToX.format(2.345)).isEqualTo("1:2.35");
		assertThat(OneToX.format(10)).isEqualTo("1:10");
		assertThatIllegalArgumentException().isThrownBy(() -> OneToX.format(Double.POSITIVE_INFINITY));
	}

	@Test
	void formatThenParseRoundTripsOverGeneratedRatios() {
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < 1000; i++) {
			double ratio = Math.round(random.nextDouble() * 10000) / 100.0;
			assertThat(OneToX.parse(OneToX.format(ratio))).isCloseTo(ratio, within(1e-12));
		}
	}

}
