package com.marketingplanner.analytics.attribution;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.journey.PathTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The invariant every model shares: credits sum to the conversions and value given. */
class CreditsSumToTotalsTest {

	private static final PathTable GENERATED = TestPaths.generated(20_000, 7);

	private static final PathTable SMALL = TestPaths.paths()
		.add("direct", 3, 31.5, 2)
		.add("a > direct > a > b", 2, 7, 5)
		.add("b > b > b", 0, 0, 9)
		.add("c > a > c > a > c > b", 1, 0.25, 1)
		.channel("never")
		.build();

	static List<AttributionModel> allModels() {
		return List.of(new FirstTouchModel(), new LastTouchModel(), new LastNonDirectModel(), new LinearModel(),
				new TimeDecayModel(), new TimeDecayModel(Duration.ofHours(5), Duration.ofHours(3)),
				new PositionBasedModel(), new PositionBasedModel(0.1, 0.7), new WShapedModel(), new MarkovModel(1),
				new MarkovModel(2), new MarkovModel(3), new MarkovModel(4), new FirstOrderMarkovModel(),
				new ShapleyModel(), new ShapleyModel(ShapleyModel.Worth.CONVERSION_RATE));
	}

	@Test
	void creditsOfEveryModelSumToTotalConversionsAndValueOnGeneratedJourneys() {
		assertSumsToTotals(GENERATED);
	}

	@Test
	void creditsOfEveryModelSumToTotalConversionsAndValueOnAwkwardPaths() {
		assertSumsToTotals(SMALL);
	}

	@Test
	void everyModelListsEveryChannelOfItsInput() {
		for (AttributionModel model : allModels()) {
			assertThat(model.attribute(SMALL).credits()).extracting(ChannelCredit::channel)
				.as(model.name())
				.containsExactly("a", "b", "c", "direct", "never");
			assertThat(model.attribute(SMALL).credit("never").conversions()).as(model.name()).isZero();
		}
	}

	private static void assertSumsToTotals(PathTable paths) {
		assertThat(paths.totalConversions()).isPositive();
		for (AttributionModel model : allModels()) {
			AttributionResult result = model.attribute(paths);
			assertThat(result.totalConversions()).as(model.name() + " conversions")
				.isCloseTo(paths.totalConversions(), within(1e-9 * paths.totalConversions()));
			assertThat(result.totalValue()).as(model.name() + " value")
				.isCloseTo(paths.totalValue(), within(1e-9 * paths.totalValue()));
		}
	}

}
