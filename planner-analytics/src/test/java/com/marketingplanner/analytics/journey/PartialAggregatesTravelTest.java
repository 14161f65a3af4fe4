package com.marketingplanner.analytics.journey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.attribution.AttributionResult;
import com.marketingplanner.analytics.attribution.ChannelCredit;
import com.marketingplanner.analytics.attribution.TimeDecayModel;
import com.marketingplanner.analytics.funnel.EventFunnel;
import com.marketingplanner.analytics.funnel.EventLog;
import com.marketingplanner.analytics.funnel.FunnelAggregate;
import com.marketingplanner.analytics.funnel.FunnelSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The partial aggregates a distributed job sends between processes survive serialization,
 * and time-decay credits of disjoint journeys add up to the credits of all of them.
 */
class PartialAggregatesTravelTest {

	private static final Instant DAY = Instant.parse("2025-05-01T00:00:00Z");

	@Test
	void aPathTableArrivesWithItsPathsAndChannelsAndStillMerges() throws Exception {
		PathTable table = PathCount
			.toTable(List.of(new PathCount(List.of("a", "b"), 2, 20, 1), new PathCount(List.of("c"), 0, 0, 4)));
		PathTable copy = roundTrip(table);
		assertThat(PathCount.rowsOf(copy)).isEqualTo(PathCount.rowsOf(table));
		assertThat(copy.channelNames()).containsExactly("a", "b", "c");
		PathTable merged = copy.merge(PathCount.toTable(List.of(new PathCount(List.of("a", "b"), 1, 5, 0))));
		assertThat(merged.conversions(0)).isEqualTo(3);
	}

	@Test
	void aFunnelAggregateArrivesAndMerges() throws Exception {
		FunnelSpec spec = FunnelSpec.of(List.of("view", "pay"));
		FunnelAggregate first = EventFunnel.aggregate(
				EventLog.builder().add("u1", 0, "view").add("u1", 1000, "pay").add("u2", 0, "view").build(), spec);
		FunnelAggregate second = EventFunnel.aggregate(EventLog.builder().add("u3", 0, "view").build(), spec);
		FunnelAggregate merged = roundTrip(first).merge(roundTrip(second));
		assertThat(merged.usersReaching()).containsExactly(3, 1);
	}

	@Test
	void timeDecayCreditsOfDisjointJourneysAddUpToTheCreditsOfAll() {
		List<Touchpoint> left = List.of(Touchpoint.touch("u1", DAY, "search"),
				Touchpoint.conversion("u1", DAY.plus(Duration.ofDays(3)), "email", 10));
		List<Touchpoint> right = List.of(Touchpoint.touch("u2", DAY, "display"),
				Touchpoint.conversion("u2", DAY.plus(Duration.ofDays(1)), "search", 4));
		TimeDecayModel model = new TimeDecayModel();
		JourneyBuilder builder = new JourneyBuilder(Duration.ofDays(30));
		AttributionResult sum = model.attribute(builder.build(Touchpoint.toLog(left)))
			.plus(model.attribute(builder.build(Touchpoint.toLog(right))));
		AttributionResult whole = model
			.attribute(builder.build(Touchpoint.toLog(List.of(left.get(0), left.get(1), right.get(0), right.get(1)))));
		assertThat(sum.credits()).extracting(ChannelCredit::channel).containsExactly("display", "email", "search");
		for (ChannelCredit credit : whole.credits()) {
			assertThat(sum.credit(credit.channel()).conversions()).isCloseTo(credit.conversions(),
					org.assertj.core.data.Offset.offset(1e-12));
			assertThat(sum.credit(credit.channel()).value()).isCloseTo(credit.value(),
					org.assertj.core.data.Offset.offset(1e-12));
		}
	}

	@Test
	void creditsOfDifferentModelsDoNotAdd() {
		AttributionResult linear = new AttributionResult("linear", List.of(new ChannelCredit("a", 1, 1)));
		AttributionResult first = new AttributionResult("first", List.of(new ChannelCredit("a", 1, 1)));
		assertThatThrownBy(() -> linear.plus(first)).isInstanceOf(IllegalArgumentException.class);
	}

	@SuppressWarnings("unchecked")
	private static <T> T roundTrip(T object) throws IOException, ClassNotFoundException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(object);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return (T) in.readObject();
		}
	}

}
