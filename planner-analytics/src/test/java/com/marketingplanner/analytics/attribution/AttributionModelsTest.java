package com.marketingplanner.analytics.attribution;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.journey.JourneyBuilder;
import com.marketingplanner.analytics.journey.Journeys;
import com.marketingplanner.analytics.journey.PathTable;
import com.marketingplanner.analytics.journey.TouchpointLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class AttributionModelsTest {

	private static Journeys journeys() {
		// u1: a (day 1), b converts 30 (day 3); u2: b converts 10; u3: a, no conversion
		long day = Duration.ofDays(1).toMillis();
		long start = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
		TouchpointLog.Builder log = TouchpointLog.builder();
		log.add("u1", start + 2 * day, "b", 30);
		log.add("u2", start + day, "b", 10);
		log.add("u1", start, "a", Double.NaN);
		log.add("u3", start, "a", Double.NaN);
		return new JourneyBuilder(Duration.ofDays(30)).build(log.build());
	}

	@Test
	void runsEveryModelInTheOrderAskedAndEachCreditsAllConversions() {
		List<AttributionResult> results = AttributionModels.run(AttributionModels.NAMES,
				AttributionModels.Settings.defaults().withMarkovOrder(2), journeys());

		assertThat(results).extracting(AttributionResult::model).hasSize(AttributionModels.NAMES.size());
		for (AttributionResult result : results) {
			assertThat(result.totalConversions()).as(result.model()).isCloseTo(2, within(1e-9));
			assertThat(result.totalValue()).as(result.model()).isCloseTo(40, within(1e-9));
		}
	}

	@Test
	void timeDecayOverJourneysWeighsTouchesByTheirOwnTimes() {
		// u1's a is 2 days before the conversion: with a 2-day half-life its weight is
		// 1/2 against b's 1 → a gets 1/3 of u1's conversion
		AttributionModels.Settings settings = new AttributionModels.Settings(1, Duration.ofDays(2), Duration.ofDays(1),
				"direct", ShapleyModel.Worth.CONVERSIONS, new PositionBasedModel());
		AttributionResult decay = AttributionModels.run(List.of("time-decay"), settings, journeys()).get(0);
		assertThat(decay.credit("a").conversions()).isCloseTo(1.0 / 3, within(1e-12));
	}

	@Test
	void aggregatedPathsGiveTheSameCreditsAsTheJourneysTheyCameFrom() {
		Journeys journeys = journeys();
		PathTable paths = journeys.toPathTable();
		List<String> models = List.of("first", "last", "linear", "markov", "shapley");
		List<AttributionResult> fromJourneys = AttributionModels.run(models, AttributionModels.Settings.defaults(),
				journeys);
		List<AttributionResult> fromPaths = AttributionModels.run(models, AttributionModels.Settings.defaults(), paths);
		assertThat(fromPaths).isEqualTo(fromJourneys);
	}

	@Test
	void parsesAListOfNamesOnceEachAndRejectsUnknownOnes() {
		assertThat(AttributionModels.parse("markov, first,markov")).containsExactly("markov", "first");
		assertThatIllegalArgumentException().isThrownBy(() -> AttributionModels.parse("first,magic"))
			.withMessageContaining("unknown model 'magic'");
		assertThatIllegalArgumentException().isThrownBy(() -> AttributionModels.Settings.defaults().withMarkovOrder(5));
	}

}
