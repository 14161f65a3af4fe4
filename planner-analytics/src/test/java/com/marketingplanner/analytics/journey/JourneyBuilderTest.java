package com.marketingplanner.analytics.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JourneyBuilderTest {

	private static final long DAY = Duration.ofDays(1).toMillis();

	private static final JourneyBuilder THIRTY_DAYS = new JourneyBuilder(Duration.ofDays(30));

	@Test
	void groupsTouchesByUserAndOrdersThemByTimeWhateverTheInputOrder() {
		TouchpointLog log = TouchpointLog.builder()
			.add("bob", 3 * DAY, "email", 5.0)
			.add("ann", 2 * DAY, "display", Double.NaN)
			.add("bob", 1 * DAY, "search", Double.NaN)
			.add("ann", 1 * DAY, "social", Double.NaN)
			.build();
		assertThat(describe(THIRTY_DAYS.build(log))).containsExactlyInAnyOrder("search > email = 5.0",
				"social > display = no conversion");
	}

	@Test
	void splitsAUsersTouchesAtEveryConversionAndKeepsTheTrailingTouchesAsNonConverting() {
		TouchpointLog log = TouchpointLog.builder()
			.add("u", 1 * DAY, "a", Double.NaN)
			.add("u", 2 * DAY, "b", 10.0)
			.add("u", 3 * DAY, "c", 0.0)
			.add("u", 4 * DAY, "d", Double.NaN)
			.add("u", 5 * DAY, "e", Double.NaN)
			.build();
		// a zero value is a conversion too
		assertThat(describe(THIRTY_DAYS.build(log))).containsExactly("a > b = 10.0", "c = 0.0",
				"d > e = no conversion");
	}

	@Test
	void dropsTouchesOlderThanTheLookbackWindowOfTheConversionAndKeepsTheBoundary() {
		TouchpointLog log = TouchpointLog.builder()
			.add("u", 0, "too-old", Double.NaN)
			.add("u", 1 * DAY, "exactly-7-days", Double.NaN)
			.add("u", 5 * DAY, "recent", Double.NaN)
			.add("u", 8 * DAY, "buy", 20.0)
			.build();
		Journeys journeys = new JourneyBuilder(Duration.ofDays(7)).build(log);
		assertThat(describe(journeys)).containsExactly("exactly-7-days > recent > buy = 20.0");
	}

	@Test
	void keepsInputOrderForTouchesWithTheSameTime() {
		TouchpointLog log = TouchpointLog.builder()
			.add("u", DAY, "first", Double.NaN)
			.add("u", DAY, "second", Double.NaN)
			.add("u", DAY, "third", 1.0)
			.build();
		assertThat(describe(THIRTY_DAYS.build(log))).containsExactly("first > second > third = 1.0");
	}

	@Test
	void agreesWithAStraightforwardReferenceOnRandomLongHistories() {
		// users with up to 200 touches exercise the merge sort as well as the insertion
		// sort
		SplittableRandom random = new SplittableRandom(17);
		TouchpointLog.Builder builder = TouchpointLog.builder();
		List<long[]> rows = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			int user = random.nextInt(random.nextBoolean() ? 100 : 3000);
			long time = random.nextLong(90) * DAY / 3;
			int channel = random.nextInt(6);
			boolean conversion = random.nextInt(8) == 0;
			builder.add("user" + user, time, "c" + channel, conversion ? i : Double.NaN);
			rows.add(new long[] { user, time, channel, conversion ? i : -1, i });
		}
		Journeys journeys = new JourneyBuilder(Duration.ofDays(10)).build(builder.build());
		assertThat(describe(journeys)).containsExactlyInAnyOrderElementsOf(reference(rows, 10 * DAY));
	}

	@Test
	void agreesWithTheReferenceWhenThereAreTooManyUsersForOneCountingPass() {
		// more users than JourneyBuilder.DIRECT_SORT_USERS: the two-pass radix sort runs
		SplittableRandom random = new SplittableRandom(23);
		TouchpointLog.Builder builder = TouchpointLog.builder();
		List<long[]> rows = new ArrayList<>();
		int users = JourneyBuilder.DIRECT_SORT_USERS * 2 + 1;
		for (int i = 0; i < 150_000; i++) {
			int user = random.nextInt(users);
			long time = random.nextLong(40) * DAY / 2;
			int channel = random.nextInt(4);
			boolean conversion = random.nextInt(5) == 0;
			builder.add(user, time, channel(builder, channel), conversion ? i : Double.NaN);
			rows.add(new long[] { user, time, channel, conversion ? i : -1, i });
		}
		Journeys journeys = new JourneyBuilder(Duration.ofDays(10)).build(builder.build());
		assertThat(describe(journeys)).containsExactlyInAnyOrderElementsOf(reference(rows, 10 * DAY));
	}

	@Test
	void agreesWithTheReferenceWhenTheTouchesComeGroupedByUser() {
		// each user's touches together, users in order of first sight (as a file written
		// journey by journey, and its stored rows, have them), times unordered inside a
		// user: nothing is moved by user, only sorted by time
		SplittableRandom random = new SplittableRandom(29);
		TouchpointLog.Builder builder = TouchpointLog.builder();
		List<long[]> rows = new ArrayList<>();
		int users = JourneyBuilder.DIRECT_SORT_USERS * 2 + 1;
		int i = 0;
		for (int user = 0; user < users; user++) {
			int touches = 1 + random.nextInt(4);
			for (int t = 0; t < touches; t++, i++) {
				long time = random.nextLong(40) * DAY / 2;
				int channel = random.nextInt(4);
				boolean conversion = random.nextInt(5) == 0;
				builder.add(user, time, channel(builder, channel), conversion ? i : Double.NaN);
				rows.add(new long[] { user, time, channel, conversion ? i : -1, i });
			}
		}
		Journeys journeys = new JourneyBuilder(Duration.ofDays(10)).build(builder.build());
		assertThat(describe(journeys)).containsExactlyInAnyOrderElementsOf(reference(rows, 10 * DAY));
	}

	private static int channel(TouchpointLog.Builder builder, int channel) {
		return builder.channels().idOf("c" + channel);
	}

	@Test
	void aggregatesJourneysIntoPathCounts() {
		TouchpointLog log = TouchpointLog.builder()
			.add("u1", DAY, "a", Double.NaN)
			.add("u1", 2 * DAY, "b", 7.0)
			.add("u2", DAY, "a", Double.NaN)
			.add("u2", 2 * DAY, "b", 3.0)
			.add("u3", DAY, "a", Double.NaN)
			.add("u3", 2 * DAY, "b", Double.NaN)
			.build();
		PathTable paths = THIRTY_DAYS.build(log).toPathTable();
		assertThat(paths.size()).isEqualTo(1);
		assertThat(paths.pathText(0)).isEqualTo("a > b");
		assertThat(paths.conversions(0)).isEqualTo(2);
		assertThat(paths.value(0)).isEqualTo(10);
		assertThat(paths.nulls(0)).isEqualTo(1);
	}

	@Test
	void pathTablesOfUserPartitionsMergeIntoThePathTableOfAllUsers() {
		SplittableRandom random = new SplittableRandom(3);
		TouchpointLog.Builder all = TouchpointLog.builder();
		TouchpointLog.Builder even = TouchpointLog.builder();
		TouchpointLog.Builder odd = TouchpointLog.builder();
		for (int i = 0; i < 5_000; i++) {
			int user = random.nextInt(800);
			long time = random.nextLong(60) * DAY;
			String channel = "c" + random.nextInt(5);
			double value = (random.nextInt(6) == 0) ? random.nextInt(100) : Double.NaN;
			all.add("u" + user, time, channel, value);
			((user % 2 == 0) ? even : odd).add("u" + user, time, channel, value);
		}
		PathTable whole = THIRTY_DAYS.build(all.build()).toPathTable();
		PathTable merged = THIRTY_DAYS.build(even.build())
			.toPathTable()
			.merge(THIRTY_DAYS.build(odd.build()).toPathTable());
		assertThat(rows(merged)).containsExactlyInAnyOrderElementsOf(rows(whole));
	}

	private static List<String> rows(PathTable table) {
		List<String> rows = new ArrayList<>();
		for (int p = 0; p < table.size(); p++) {
			rows.add(table.pathText(p) + "|" + table.conversions(p) + "|" + table.value(p) + "|" + table.nulls(p));
		}
		return rows;
	}

	private static List<String> describe(Journeys journeys) {
		List<String> out = new ArrayList<>();
		for (int j = 0; j < journeys.count(); j++) {
			List<String> names = new ArrayList<>();
			for (int t = journeys.start(j); t < journeys.end(j); t++) {
				names.add(journeys.channels().name(journeys.channel(t)));
			}
			out.add(String.join(" > ", names) + " = "
					+ (journeys.converted(j) ? String.valueOf(journeys.value(j)) : "no conversion"));
		}
		return out;
	}

	/**
	 * The contract written plainly: sort rows per user by (time, input position), then
	 * split.
	 */
	private static List<String> reference(List<long[]> rows, long lookback) {
		List<long[]> sorted = new ArrayList<>(rows);
		sorted.sort(Comparator.<long[]>comparingLong((row) -> row[0])
			.thenComparingLong((row) -> row[1])
			.thenComparingLong((row) -> row[4]));
		List<String> out = new ArrayList<>();
		List<long[]> pending = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			long[] row = sorted.get(i);
			pending.add(row);
			if (row[3] >= 0) {
				List<String> names = new ArrayList<>();
				for (long[] touch : pending) {
					if (touch[1] >= row[1] - lookback) {
						names.add("c" + touch[2]);
					}
				}
				out.add(String.join(" > ", names) + " = " + (double) row[3]);
				pending.clear();
			}
			boolean lastOfUser = i + 1 == sorted.size() || sorted.get(i + 1)[0] != row[0];
			if (lastOfUser && !pending.isEmpty()) {
				List<String> names = new ArrayList<>();
				pending.forEach((touch) -> names.add("c" + touch[2]));
				out.add(String.join(" > ", names) + " = no conversion");
				pending.clear();
			}
		}
		return out;
	}

	@Test
	void timeDecayOnJourneysUsesTheRealTimeBeforeTheConversion() {
		// touches 14 and 7 days before the conversion, half-life 7 days:
		// weights 1/4, 1/2, 1 -> shares 1/7, 2/7, 4/7 of one conversion worth 70
		Instant start = Instant.parse("2025-03-01T00:00:00Z");
		TouchpointLog log = TouchpointLog.builder()
			.add("u", start.toEpochMilli(), "a", Double.NaN)
			.add("u", start.plus(Duration.ofDays(7)).toEpochMilli(), "b", Double.NaN)
			.add("u", start.plus(Duration.ofDays(14)).toEpochMilli(), "c", 70.0)
			.build();
		var result = new com.marketingplanner.analytics.attribution.TimeDecayModel().attribute(THIRTY_DAYS.build(log));
		assertThat(result.credit("a").conversions()).isCloseTo(1.0 / 7, org.assertj.core.api.Assertions.within(1e-12));
		assertThat(result.credit("b").value()).isCloseTo(20.0, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(result.credit("c").value()).isCloseTo(40.0, org.assertj.core.api.Assertions.within(1e-9));
	}

}
