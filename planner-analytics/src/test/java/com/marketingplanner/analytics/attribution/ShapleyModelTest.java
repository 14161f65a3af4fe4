package com.marketingplanner.analytics.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.journey.PathTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ShapleyModelTest {

	private static final ShapleyModel CONVERSION_RATE = new ShapleyModel(ShapleyModel.Worth.CONVERSION_RATE);

	/**
	 * <pre>
	 * a          2 conversions, value 20      R({a}) = 2
	 * a > b      2 conversions, value 40      R({a,b}) = 2
	 * b > c > b  3 conversions, value 30      R({b,c}) = 3
	 * c          5 nulls
	 * φ_a = 2 + 2/2 = 3      value 20 + 40/2 = 40
	 * φ_b = 2/2 + 3/2 = 2.5  value 20 + 30/2 = 35
	 * φ_c = 3/2 = 1.5        value 15
	 * </pre>
	 */
	@Test
	void conversionWorthSplitsEachJourneyEquallyBetweenItsDistinctChannels() {
		PathTable paths = TestPaths.paths()
			.add("a", 2, 20, 0)
			.add("a > b", 2, 40, 0)
			.add("b > c > b", 3, 30, 0)
			.add("c", 0, 0, 5)
			.build();
		AttributionResult result = new ShapleyModel().attribute(paths);
		HeuristicModelsTest.assertCredit(result, "a", 3, 40);
		HeuristicModelsTest.assertCredit(result, "b", 2.5, 35);
		HeuristicModelsTest.assertCredit(result, "c", 1.5, 15);
	}

	/**
	 * <pre>
	 * {a}: 1 conversion (value 10), 3 nulls;  {b}: 1 conversion (value 10), 1 null;
	 * {a,b}: 2 conversions (value 20)
	 * v(∅) = 0, v(a) = 1/4, v(b) = 1/2, v(ab) = 4/8 = 1/2
	 * φ_a = 1/2 (v(a) - v(∅)) + 1/2 (v(ab) - v(b)) = 1/8
	 * φ_b = 1/2 (v(b) - v(∅)) + 1/2 (v(ab) - v(a)) = 3/8      Σφ = 1/2 = v(ab)
	 * normalised to 4 conversions / value 40: a = 1 (10), b = 3 (30)
	 * </pre>
	 */
	@Test
	void conversionRateWorthMatchesTheHandComputedTwoChannelGame() {
		PathTable paths = TestPaths.paths().add("a", 1, 10, 3).add("b", 1, 10, 1).add("a > b", 2, 20, 0).build();
		AttributionResult result = CONVERSION_RATE.attribute(paths);
		HeuristicModelsTest.assertCredit(result, "a", 1, 10);
		HeuristicModelsTest.assertCredit(result, "b", 3, 30);
	}

	@Test
	void bothWorthsEqualTheShapleyDefinitionOverAllPermutations() {
		PathTable paths = randomPaths(5, 40, 99);
		List<String> channels = paths.channelNames();
		double[] byDefinition = permutationShapley(paths, channels, (members) -> worth(paths, members, false));
		AttributionResult zhao = new ShapleyModel().attribute(paths);
		for (int i = 0; i < channels.size(); i++) {
			assertThat(zhao.credit(channels.get(i)).conversions()).isCloseTo(byDefinition[i], within(1e-9));
		}
		double[] rate = permutationShapley(paths, channels, (members) -> worth(paths, members, true));
		double rateSum = 0;
		for (double phi : rate) {
			rateSum += phi;
		}
		AttributionResult normalised = CONVERSION_RATE.attribute(paths);
		for (int i = 0; i < channels.size(); i++) {
			assertThat(normalised.credit(channels.get(i)).conversions())
				.isCloseTo(paths.totalConversions() * rate[i] / rateSum, within(1e-9));
		}
	}

	@Test
	void symmetricChannelsGetEqualCredit() {
		// x and y play the same role in every journey
		PathTable paths = TestPaths.paths()
			.add("x > z", 3, 3, 1)
			.add("z > y", 3, 3, 1)
			.add("x > y", 2, 2, 2)
			.add("y > x > z", 1, 1, 0)
			.build();
		for (ShapleyModel model : List.of(new ShapleyModel(), CONVERSION_RATE)) {
			AttributionResult result = model.attribute(paths);
			assertThat(result.credit("x").conversions()).isCloseTo(result.credit("y").conversions(), within(1e-12));
		}
	}

	@Test
	void aNullPlayerGetsNothing() {
		// "idle" is in the input but in no journey: adding it never changes any worth
		PathTable paths = TestPaths.paths().add("a > b", 3, 6, 1).add("b", 1, 1, 5).channel("idle").build();
		for (ShapleyModel model : List.of(new ShapleyModel(), CONVERSION_RATE)) {
			assertThat(model.attribute(paths).credit("idle").conversions()).isZero();
		}
		// under conversion worth, a channel only on non-converting journeys is a null
		// player too
		PathTable withLoser = TestPaths.paths().add("a > b", 3, 6, 1).add("loser > b", 0, 0, 7).build();
		assertThat(new ShapleyModel().attribute(withLoser).credit("loser").conversions()).isZero();
	}

	@Test
	void conversionRateWorthIsExactForTwentyChannels() {
		PathTable paths = randomPaths(20, 3_000, 5);
		assertThat(paths.channels().size()).isEqualTo(20);
		AttributionResult result = CONVERSION_RATE.attribute(paths);
		assertThat(result.totalConversions()).isCloseTo(paths.totalConversions(), within(1e-6));
	}

	@Test
	void conversionRateWorthRefusesMoreChannelsThanItCanEnumerate() {
		PathTable paths = randomPaths(ShapleyModel.MAX_RATE_CHANNELS + 1, 2_000, 5);
		assertThatIllegalArgumentException().isThrownBy(() -> CONVERSION_RATE.attribute(paths))
			.withMessageContaining("limited to " + ShapleyModel.MAX_RATE_CHANNELS);
	}

	@Test
	void coalitionCountsOfPartitionsMergeIntoTheCountsOfTheWhole() {
		PathTable first = TestPaths.generated(3_000, 8);
		PathTable second = TestPaths.paths().add("newcomer > email", 2, 4, 1).add("email", 1, 1, 0).build();
		PathTable whole = first.merge(second);
		for (ShapleyModel model : List.of(new ShapleyModel(), CONVERSION_RATE)) {
			AttributionResult merged = model.attribute(CoalitionCounts.of(first).merge(CoalitionCounts.of(second)));
			AttributionResult direct = model.attribute(whole);
			for (ChannelCredit credit : direct.credits()) {
				assertThat(merged.credit(credit.channel()).conversions()).isCloseTo(credit.conversions(), within(1e-9));
			}
		}
	}

	/**
	 * Worth of a coalition by definition: conversions (or conversion rate) of journeys ⊆
	 * S.
	 */
	private static double worth(PathTable paths, boolean[] members, boolean rate) {
		double conversions = 0;
		double journeys = 0;
		for (int p = 0; p < paths.size(); p++) {
			boolean inside = true;
			for (int t = paths.pathStart(p); t < paths.pathEnd(p); t++) {
				inside &= members[paths.channelAt(t)];
			}
			if (inside) {
				conversions += paths.conversions(p);
				journeys += paths.conversions(p) + paths.nulls(p);
			}
		}
		if (!rate) {
			return conversions;
		}
		return (journeys > 0) ? conversions / journeys : 0;
	}

	/** φ_i = average over all orderings of i's marginal contribution when it joins. */
	private static double[] permutationShapley(PathTable paths, List<String> channels,
			ToDoubleFunction<boolean[]> worth) {
		int n = channels.size();
		double[] phi = new double[n];
		List<int[]> permutations = new ArrayList<>();
		permute(new int[n], new boolean[n], 0, permutations);
		for (int[] order : permutations) {
			boolean[] members = new boolean[n];
			double before = worth.applyAsDouble(members);
			for (int channel : order) {
				members[channel] = true;
				double after = worth.applyAsDouble(members);
				phi[channel] += (after - before) / permutations.size();
				before = after;
			}
		}
		return phi;
	}

	private static void permute(int[] prefix, boolean[] used, int depth, List<int[]> out) {
		if (depth == prefix.length) {
			out.add(prefix.clone());
			return;
		}
		for (int c = 0; c < prefix.length; c++) {
			if (!used[c]) {
				used[c] = true;
				prefix[depth] = c;
				permute(prefix, used, depth + 1, out);
				used[c] = false;
			}
		}
	}

	private static PathTable randomPaths(int channels, int paths, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		TestPaths table = TestPaths.paths();
		for (int c = 0; c < channels; c++) {
			table.channel("ch" + c);
		}
		for (int p = 0; p < paths; p++) {
			int length = 1 + random.nextInt(4);
			List<String> path = new ArrayList<>();
			for (int i = 0; i < length; i++) {
				path.add("ch" + random.nextInt(channels));
			}
			int conversions = random.nextInt(4);
			table.add(String.join(" > ", path), conversions, conversions * 10.5, random.nextInt(6));
		}
		return table.build();
	}

}
