package com.marketingplanner.analytics.attribution;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.journey.PathTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Hand-computed examples of the heuristic models, all on the same paths:
 *
 * <pre>
 * P1  a > b > c                  2 conversions, value 100, 1 null
 * P2  direct > b > direct        1 conversion,  value 30
 * P3  direct                     1 conversion,  value 10
 * P4  a > a                      1 conversion,  value 20
 * P5  b > c                      4 nulls (earns nothing in any heuristic model)
 * totals: 5 conversions, value 160
 * </pre>
 */
class HeuristicModelsTest {

	private static final double EPS = 1e-9;

	private final PathTable paths = TestPaths.paths()
		.add("a > b > c", 2, 100, 1)
		.add("direct > b > direct", 1, 30, 0)
		.add("direct", 1, 10, 0)
		.add("a > a", 1, 20, 0)
		.add("b > c", 0, 0, 4)
		.build();

	@Test
	void firstTouchCreditsTheFirstTouch() {
		// a: P1 (2, 100) + P4 (1, 20); direct: P2 (1, 30) + P3 (1, 10)
		AttributionResult result = new FirstTouchModel().attribute(this.paths);
		assertCredit(result, "a", 3, 120);
		assertCredit(result, "direct", 2, 40);
		assertCredit(result, "b", 0, 0);
		assertCredit(result, "c", 0, 0);
	}

	@Test
	void lastTouchCreditsTheLastTouch() {
		// c: P1; direct: P2 + P3; a: P4
		AttributionResult result = new LastTouchModel().attribute(this.paths);
		assertCredit(result, "c", 2, 100);
		assertCredit(result, "direct", 2, 40);
		assertCredit(result, "a", 1, 20);
		assertCredit(result, "b", 0, 0);
	}

	@Test
	void lastNonDirectSkipsTrailingDirectTouchesButKeepsAllDirectPaths() {
		// P1 -> c; P2 -> b (direct at the end skipped); P3 -> direct (only direct); P4 ->
		// a
		AttributionResult result = new LastNonDirectModel().attribute(this.paths);
		assertCredit(result, "c", 2, 100);
		assertCredit(result, "b", 1, 30);
		assertCredit(result, "direct", 1, 10);
		assertCredit(result, "a", 1, 20);
	}

	@Test
	void lastNonDirectTakesTheDirectChannelNameFromItsConfiguration() {
		// with "c" as the direct channel: P1 -> b, the rest as last touch
		AttributionResult result = new LastNonDirectModel("c").attribute(this.paths);
		assertCredit(result, "b", 2, 100);
		assertCredit(result, "c", 0, 0);
		assertCredit(result, "direct", 2, 40);
	}

	@Test
	void linearGivesEveryTouchAnEqualShareAndRepeatedChannelsSeveralShares() {
		// P1: a, b, c 2/3 each, value 100/3 each; P2: direct 2 shares of 1/3, b 1/3
		// (value direct 20, b 10); P3: direct 1 (10); P4: a two halves = 1 (20)
		AttributionResult result = new LinearModel().attribute(this.paths);
		assertCredit(result, "a", 2.0 / 3 + 1, 100.0 / 3 + 20);
		assertCredit(result, "b", 2.0 / 3 + 1.0 / 3, 100.0 / 3 + 10);
		assertCredit(result, "c", 2.0 / 3, 100.0 / 3);
		assertCredit(result, "direct", 2.0 / 3 + 1, 20 + 10);
	}

	@Test
	void positionBasedGivesFortyTwentyFortyAndSplitsTwoTouchPathsEvenly() {
		// P1: a .4, b .2, c .4 (x2 conversions); P2: direct .4 + .4, b .2; P3: direct 1;
		// P4 (two touches): a .5 + .5
		AttributionResult result = new PositionBasedModel().attribute(this.paths);
		assertCredit(result, "a", 0.8 + 1, 40 + 20);
		assertCredit(result, "b", 0.4 + 0.2, 20 + 6);
		assertCredit(result, "c", 0.8, 40);
		assertCredit(result, "direct", 0.8 + 1, 24 + 10);
	}

	@Test
	void positionBasedSharesAreConfigurable() {
		// 30/50 with three middle touches: a .3, b c d .2/3 each, e .5; two touches 3/8,
		// 5/8
		PathTable table = TestPaths.paths().add("a > b > c > d > e", 1, 0, 0).add("x > y", 1, 0, 0).build();
		AttributionResult result = new PositionBasedModel(0.3, 0.5).attribute(table);
		assertCredit(result, "a", 0.3, 0);
		assertCredit(result, "c", 0.2 / 3, 0);
		assertCredit(result, "e", 0.5, 0);
		assertCredit(result, "x", 3.0 / 8, 0);
		assertCredit(result, "y", 5.0 / 8, 0);
		assertThatIllegalArgumentException().isThrownBy(() -> new PositionBasedModel(0.6, 0.6));
	}

	@Test
	void wShapedGivesThirtyToFirstMiddleAndLastAndSpreadsTenOverTheRest() {
		// 4 touches, lead creation = index 2 (c): a .3, b .1, c .3, d .3
		// 6 touches, lead creation = index 3 (w): u .3, w .3, z .3; v, x, y .1/3 each
		PathTable table = TestPaths.paths()
			.add("a > b > c > d", 1, 10, 0)
			.add("u > v > x > w > y > z", 1, 0, 0)
			.build();
		AttributionResult result = new WShapedModel().attribute(table);
		assertCredit(result, "a", 0.3, 3);
		assertCredit(result, "b", 0.1, 1);
		assertCredit(result, "c", 0.3, 3);
		assertCredit(result, "d", 0.3, 3);
		assertCredit(result, "w", 0.3, 0);
		assertCredit(result, "v", 0.1 / 3, 0);
		assertCredit(result, "y", 0.1 / 3, 0);
	}

	@Test
	void wShapedSplitsShortPathsEvenly() {
		// 1 touch 100%; 2 touches 50/50; 3 touches 1/3 each
		PathTable table = TestPaths.paths().add("a", 1, 0, 0).add("b > c", 1, 0, 0).add("d > e > f", 1, 0, 0).build();
		AttributionResult result = new WShapedModel().attribute(table);
		assertCredit(result, "a", 1, 0);
		assertCredit(result, "b", 0.5, 0);
		assertCredit(result, "c", 0.5, 0);
		assertCredit(result, "e", 1.0 / 3, 0);
	}

	@Test
	void timeDecayOnPathsAssumesOneTouchIntervalBetweenTouches() {
		// half-life 1 day, touches 1 day apart: weights 1/4, 1/2, 1 -> shares 1/7, 2/7,
		// 4/7
		PathTable table = TestPaths.paths().add("a > b > c", 7, 70, 0).build();
		AttributionResult result = new TimeDecayModel(Duration.ofDays(1), Duration.ofDays(1)).attribute(table);
		assertCredit(result, "a", 1, 10);
		assertCredit(result, "b", 2, 20);
		assertCredit(result, "c", 4, 40);
	}

	@Test
	void timeDecayWithZeroIntervalIsLinear() {
		AttributionResult result = new TimeDecayModel(Duration.ofDays(7), Duration.ZERO).attribute(this.paths);
		AttributionResult linear = new LinearModel().attribute(this.paths);
		for (ChannelCredit credit : linear.credits()) {
			assertCredit(result, credit.channel(), credit.conversions(), credit.value());
		}
	}

	@Test
	void everyHeuristicCreditsOnlyConvertingPaths() {
		PathTable onlyNulls = TestPaths.paths().add("a > b", 0, 0, 10).build();
		for (AttributionModel model : new AttributionModel[] { new FirstTouchModel(), new LastTouchModel(),
				new LastNonDirectModel(), new LinearModel(), new TimeDecayModel(), new PositionBasedModel(),
				new WShapedModel() }) {
			assertThat(model.attribute(onlyNulls).totalConversions()).as(model.name()).isZero();
		}
	}

	static void assertCredit(AttributionResult result, String channel, double conversions, double value) {
		ChannelCredit credit = result.credit(channel);
		assertThat(credit.conversions()).as(result.model() + " conversions of " + channel)
			.isCloseTo(conversions, within(EPS));
		assertThat(credit.value()).as(result.model() + " value of " + channel).isCloseTo(value, within(EPS));
	}

}
