package com.marketingplanner.analytics.funnel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the event funnel over generated logs (fixed seeds): agreement with a
 * brute-force reference that tries every step-1 event as a start, counts that never
 * increase, independence of row order, and mergeability over user partitions.
 */
class FunnelPropertiesTest {

	private static final List<String> STEPS = List.of("a", "b", "c", "d");

	private static final String[] EVENT_NAMES = { "a", "b", "c", "d", "x" };

	private static final long HOUR = Duration.ofHours(1).toMillis();

	private record Event(String user, long time, String name, String property) {
	}

	private static List<Event> generate(long seed, int users, int events) {
		Random random = new Random(seed);
		List<Event> list = new ArrayList<>();
		for (int i = 0; i < events; i++) {
			// hours over 40 days, so that windows of 14 days cut some attempts; few
			// distinct hours → ties
			list.add(new Event("u" + random.nextInt(users), random.nextInt(40 * 24) * HOUR,
					EVENT_NAMES[random.nextInt(EVENT_NAMES.length)], "p" + random.nextInt(3)));
		}
		return list;
	}

	private static EventLog logOf(List<Event> events) {
		EventLog.Builder builder = EventLog.builder();
		events.forEach((e) -> builder.add(e.user(), e.time(), e.name(), e.property()));
		return builder.build();
	}

	private static FunnelSpec spec(FunnelOrder order) {
		return FunnelSpec.of(STEPS)
			.withOrder(order)
			.withStepWindows(List.of(Duration.ZERO, Duration.ofDays(3), Duration.ofDays(14), Duration.ofDays(10)));
	}

	@ParameterizedTest
	@EnumSource(FunnelOrder.class)
	void agreesWithABruteForceReference(FunnelOrder order) {
		for (long seed = 1; seed <= 30; seed++) {
			// seeds cycle through short user histories (insertion sort) and long ones,
			// with and
			// without breakdown (the two sorts of long slices)
			int users = (seed % 3 == 0) ? 30 : 3;
			FunnelSpec spec = (seed % 3 == 1) ? spec(order).withBreakdown(BreakdownSource.FIRST_STEP) : spec(order);
			List<Event> events = generate(seed, users, 400);
			assertThat(EventFunnel.analyse(logOf(events), spec).overall().users()).as("seed %d", seed)
				.containsExactly(referenceReaching(events, spec));
		}
	}

	@ParameterizedTest
	@EnumSource(FunnelOrder.class)
	void countsNeverIncreaseAlongTheSteps(FunnelOrder order) {
		for (long seed = 100; seed < 120; seed++) {
			long[] users = EventFunnel.analyse(logOf(generate(seed, 200, 2000)), spec(order)).overall().users();
			for (int k = 1; k < users.length; k++) {
				assertThat(users[k]).isLessThanOrEqualTo(users[k - 1]);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(FunnelOrder.class)
	void rowOrderDoesNotMatter(FunnelOrder order) {
		List<Event> events = generate(7, 100, 3000);
		List<Event> shuffled = new ArrayList<>(events);
		java.util.Collections.shuffle(shuffled, new Random(8));
		FunnelSpec spec = spec(order).withBreakdown(BreakdownSource.FIRST_STEP);
		FunnelResult expected = EventFunnel.analyse(logOf(events), spec);
		FunnelResult actual = EventFunnel.analyse(logOf(shuffled), spec);
		assertThat(actual.overall()).isEqualTo(expected.overall());
		assertThat(actual.timeToConvert()).isEqualTo(expected.timeToConvert());
	}

	@ParameterizedTest
	@EnumSource(FunnelOrder.class)
	void aggregatesOfUserPartitionsMergeIntoTheWhole(FunnelOrder order) {
		List<Event> events = generate(42, 300, 5000);
		FunnelSpec spec = spec(order).withBreakdown(BreakdownSource.REACHED_STEP);
		FunnelResult whole = EventFunnel.analyse(logOf(events), spec);
		// partition users into 4 parts by a hash of the user id; each part is its own log
		Map<Integer, List<Event>> parts = new HashMap<>();
		for (Event event : events) {
			parts.computeIfAbsent(Math.floorMod(event.user().hashCode(), 4), (k) -> new ArrayList<>()).add(event);
		}
		FunnelAggregate merged = new FunnelAggregate(STEPS);
		parts.values().forEach((part) -> merged.merge(EventFunnel.aggregate(logOf(part), spec)));
		FunnelResult mergedResult = merged.toResult(spec.breakdown());
		assertThat(mergedResult.overall()).isEqualTo(whole.overall());
		assertThat(mergedResult.breakdown()).isEqualTo(whole.breakdown());
		assertThat(mergedResult.timeToConvert()).isEqualTo(whole.timeToConvert());
	}

	@ParameterizedTest
	@EnumSource(BreakdownSource.class)
	void breakdownCountsAddUpToTheOverallCounts(BreakdownSource source) {
		FunnelResult result = EventFunnel.analyse(logOf(generate(5, 200, 3000)),
				spec(FunnelOrder.LOOSE).withBreakdown(source));
		long[] sum = new long[STEPS.size()];
		result.breakdown().values().forEach((report) -> {
			for (int k = 0; k < sum.length; k++) {
				sum[k] += report.users()[k];
			}
		});
		assertThat(sum).containsExactly(result.overall().users());
	}

	/**
	 * Users reaching each step, by trying every step-1 event (every event for ANY) as a
	 * start.
	 */
	private static long[] referenceReaching(List<Event> events, FunnelSpec spec) {
		Map<String, List<long[]>> byUser = new HashMap<>();
		for (Event event : events) {
			int step = spec.steps().indexOf(event.name());
			if (step >= 0) {
				byUser.computeIfAbsent(event.user(), (u) -> new ArrayList<>()).add(new long[] { event.time(), step });
			}
		}
		long[] reaching = new long[spec.steps().size()];
		for (List<long[]> userEvents : byUser.values()) {
			userEvents.sort(Comparator.<long[]>comparingLong((e) -> e[0]).thenComparingLong((e) -> e[1]));
			int best = 0;
			for (int start = 0; start < userEvents.size(); start++) {
				best = Math.max(best, levelFrom(userEvents, start, spec));
			}
			for (int k = 0; k < best; k++) {
				reaching[k]++;
			}
		}
		return reaching;
	}

	private static int levelFrom(List<long[]> events, int start, FunnelSpec spec) {
		long startTime = events.get(start)[0];
		int n = spec.steps().size();
		if (spec.order() == FunnelOrder.ANY) {
			int level = 0;
			while (level < n && hasStepWithin(events, start, level, startTime + spec.windowMillis(level))) {
				level++;
			}
			return level;
		}
		if (events.get(start)[1] != 0) {
			return 0;
		}
		int level = 1;
		for (int j = start + 1; j < events.size() && level < n; j++) {
			long time = events.get(j)[0];
			int step = (int) events.get(j)[1];
			boolean next = step == level && time - startTime <= spec.windowMillis(level);
			if (next) {
				level++;
			}
			else if (spec.order() == FunnelOrder.STRICT && step != level - 1) {
				return level;
			}
		}
		return level;
	}

	private static boolean hasStepWithin(List<long[]> events, int start, int step, long deadline) {
		for (int j = start; j < events.size(); j++) {
			if (events.get(j)[1] == step && events.get(j)[0] <= deadline) {
				return true;
			}
		}
		return false;
	}

}
