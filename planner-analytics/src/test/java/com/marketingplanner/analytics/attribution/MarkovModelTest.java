package com.marketingplanner.analytics.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.journey.PathTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class MarkovModelTest {

	/**
	 * <pre>
	 * a > b  1 conversion (value 30);  b  1 null;  a  1 null
	 * start -> a 2/3, -> b 1/3;  a -> b 1/2, -> null 1/2;  b -> conversion 1/2, -> null 1/2
	 * x_b = 1/2, x_a = 1/2 · 1/2 = 1/4, P = 2/3 · 1/4 + 1/3 · 1/2 = 1/3
	 * without a: P = 1/3 · 1/2 = 1/6 -> RE(a) = 1 - (1/6)/(1/3) = 1/2
	 * without b: x_b = 0, x_a = 0, P = 0 -> RE(b) = 1
	 * credits: a = 1 · (1/2)/(3/2) = 1/3 (value 10), b = 2/3 (value 20)
	 * </pre>
	 */
	private final PathTable handExample = TestPaths.paths()
		.add("a > b", 1, 30, 0)
		.add("b", 0, 0, 1)
		.add("a", 0, 0, 1)
		.build();

	@Test
	void firstOrderRemovalEffectsMatchTheHandComputedChain() {
		for (RemovalEffects effects : List.of(new MarkovModel(1).removalEffects(this.handExample),
				new FirstOrderMarkovModel().removalEffects(this.handExample))) {
			assertThat(effects.conversionProbability()).isCloseTo(1.0 / 3, within(1e-14));
			assertThat(effects.of("a")).isCloseTo(0.5, within(1e-14));
			assertThat(effects.of("b")).isCloseTo(1.0, within(1e-14));
		}
		AttributionResult result = new MarkovModel(1).attribute(this.handExample);
		HeuristicModelsTest.assertCredit(result, "a", 1.0 / 3, 10);
		HeuristicModelsTest.assertCredit(result, "b", 2.0 / 3, 20);
	}

	/**
	 * <pre>
	 * a > c  1 conversion;  b > c  1 null
	 * order 1: c -> conversion 1/2; P = 1/2; without a: 1/4 (RE 1/2); without b: 1/4 (RE 1/2);
	 *          without c: 0 (RE 1) -> credits a 1/4, b 1/4, c 1/2
	 * order 2: states (a), (a,c), (b), (b,c); (a,c) -> conversion, (b,c) -> null; P = 1/2
	 *          without a: (a), (a,c) gone -> P = 0, RE 1; without b: P = 1/2, RE 0;
	 *          without c: (a,c), (b,c) gone -> RE 1 -> credits a 1/2, b 0, c 1/2
	 * </pre>
	 */
	@Test
	void secondOrderRemembersWhichChannelLedToTheSharedOne() {
		PathTable paths = TestPaths.paths().add("a > c", 1, 0, 0).add("b > c", 0, 0, 1).build();
		AttributionResult first = new MarkovModel(1).attribute(paths);
		HeuristicModelsTest.assertCredit(first, "a", 0.25, 0);
		HeuristicModelsTest.assertCredit(first, "b", 0.25, 0);
		HeuristicModelsTest.assertCredit(first, "c", 0.5, 0);
		AttributionResult second = new MarkovModel(2).attribute(paths);
		HeuristicModelsTest.assertCredit(second, "a", 0.5, 0);
		HeuristicModelsTest.assertCredit(second, "b", 0, 0);
		HeuristicModelsTest.assertCredit(second, "c", 0.5, 0);
	}

	@Test
	void orderOneOfTheOrderKCodeEqualsTheDedicatedDenseFirstOrderModel() {
		PathTable paths = TestPaths.generated(30_000, 11);
		RemovalEffects sparse = new MarkovModel(1).removalEffects(paths);
		RemovalEffects dense = new FirstOrderMarkovModel().removalEffects(paths);
		assertThat(sparse.conversionProbability()).isCloseTo(dense.conversionProbability(), within(1e-13));
		for (String channel : dense.byChannel().keySet()) {
			assertThat(sparse.of(channel)).as(channel).isCloseTo(dense.of(channel), within(1e-12));
		}
	}

	@Test
	void sparseSolverMatchesTheDenseSolutionOnChainsFullOfLoops() {
		// long paths over three channels go round a > b > c > a ... many times
		SplittableRandom random = new SplittableRandom(12);
		TestPaths paths = TestPaths.paths();
		for (int p = 0; p < 300; p++) {
			List<String> path = new ArrayList<>();
			for (int t = 0, length = 1 + random.nextInt(30); t < length; t++) {
				path.add(List.of("a", "b", "c").get(random.nextInt(3)));
			}
			paths.add(String.join(" > ", path), random.nextInt(3), random.nextInt(100), random.nextInt(4));
		}
		PathTable table = paths.build();
		RemovalEffects sparse = new MarkovModel(1).removalEffects(table);
		RemovalEffects dense = new FirstOrderMarkovModel().removalEffects(table);
		assertThat(sparse.conversionProbability()).isCloseTo(dense.conversionProbability(), within(1e-13));
		for (String channel : List.of("a", "b", "c")) {
			assertThat(sparse.of(channel)).as(channel).isCloseTo(dense.of(channel), within(1e-12));
		}
	}

	@Test
	void removalEffectsLieBetweenZeroAndOneForEveryOrder() {
		PathTable paths = TestPaths.generated(20_000, 3);
		for (int order = 1; order <= 4; order++) {
			RemovalEffects effects = new MarkovModel(order).removalEffects(paths);
			assertThat(effects.conversionProbability()).isBetween(0.0, 1.0);
			assertThat(effects.byChannel().values()).as("order " + order).allSatisfy((effect) -> {
				assertThat(effect).isBetween(0.0, 1.0);
			});
			assertThat(effects.byChannel().values()).as("order " + order).anySatisfy((effect) -> {
				assertThat(effect).isGreaterThan(0.0);
			});
		}
	}

	@Test
	void conversionProbabilityOfTheFullChainIsTheShareOfConvertingJourneys() {
		// every journey walks the chain once, so P(conversion) = conversions / journeys
		PathTable paths = TestPaths.generated(10_000, 5);
		double share = paths.totalConversions() / (paths.totalConversions() + paths.totalNulls());
		for (int order = 1; order <= 4; order++) {
			assertThat(new MarkovModel(order).removalEffects(paths).conversionProbability()).as("order " + order)
				.isCloseTo(share, within(1e-12));
		}
	}

	@Test
	void repeatedConsecutiveTouchesDoNotChangeTheChain() {
		PathTable plain = TestPaths.paths().add("a > b > a", 2, 5, 1).add("b > c", 1, 3, 4).add("c", 0, 0, 2).build();
		PathTable repeated = TestPaths.paths()
			.add("a > a > b > a > a > a", 2, 5, 1)
			.add("b > b > c", 1, 3, 4)
			.add("c > c", 0, 0, 2)
			.build();
		for (int order = 1; order <= 3; order++) {
			assertThat(new MarkovModel(order).attribute(repeated)).isEqualTo(new MarkovModel(order).attribute(plain));
		}
	}

	@Test
	void exactRemovalEffectsAgreeWithMonteCarloSimulationOfTheSameChain() {
		PathTable paths = TestPaths.generated(5_000, 21);
		for (int order = 1; order <= 2; order++) {
			RemovalEffects exact = new MarkovModel(order).removalEffects(paths);
			SimulatedChain chain = new SimulatedChain(paths, order);
			int walks = 200_000;
			assertWithinSamplingError(exact.conversionProbability(), chain.conversionRate(null, walks, 1), walks);
			for (String channel : List.of("direct", "paid_search", "email", "sms")) {
				double exactWithout = exact.conversionProbability() * (1 - exact.of(channel));
				assertWithinSamplingError(exactWithout, chain.conversionRate(channel, walks, 2), walks);
			}
		}
	}

	@Test
	void transitionCountsOfPartitionsMergeIntoTheCountsOfTheWhole() {
		PathTable first = TestPaths.generated(4_000, 1);
		PathTable second = TestPaths.paths().add("newcomer > direct", 3, 9, 2).add("email > sms", 1, 1, 1).build();
		for (int order = 1; order <= 4; order++) {
			TransitionCounts merged = TransitionCounts.of(first, order).merge(TransitionCounts.of(second, order));
			TransitionCounts whole = TransitionCounts.of(first.merge(second), order);
			assertThat(transitions(merged)).as("order " + order).isEqualTo(transitions(whole));
			PathTable all = first.merge(second);
			assertThat(new MarkovModel(order).attribute(merged, all.totalConversions(), all.totalValue()))
				.isEqualTo(new MarkovModel(order).attribute(all));
		}
	}

	@Test
	void rejectsOrdersOutsideOneToFour() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MarkovModel(0));
		assertThatIllegalArgumentException().isThrownBy(() -> new MarkovModel(5));
	}

	@Test
	void pathsWithoutConversionsCreditNothing() {
		PathTable paths = TestPaths.paths().add("a > b", 0, 0, 3).build();
		RemovalEffects effects = new MarkovModel(2).removalEffects(paths);
		assertThat(effects.conversionProbability()).isZero();
		assertThat(new MarkovModel(2).attribute(paths).totalConversions()).isZero();
	}

	private static Map<String, Double> transitions(TransitionCounts counts) {
		Map<String, Double> byName = new HashMap<>();
		for (int t = 0; t < counts.transitionCount(); t++) {
			String key = stateName(counts, counts.from(t)) + "->" + stateName(counts, counts.to(t));
			byName.merge(key, counts.weight(t), Double::sum);
		}
		return byName;
	}

	private static String stateName(TransitionCounts counts, int state) {
		if (state < 3) {
			return List.of("(start)", "(conversion)", "(null)").get(state);
		}
		List<String> names = new ArrayList<>();
		for (int channel : counts.stateChannels(state)) {
			names.add(counts.channels().name(channel));
		}
		return String.join(",", names);
	}

	private static void assertWithinSamplingError(double exact, double simulated, int walks) {
		double standardError = Math.sqrt(Math.max(exact * (1 - exact), 1e-6) / walks);
		assertThat(simulated).isCloseTo(exact, within(5 * standardError));
	}

	/**
	 * The order-k chain built independently from the paths with string states, walked at
	 * random: the Monte-Carlo counterpart of the exact solution.
	 */
	private static final class SimulatedChain {

		private final Map<String, Map<String, Double>> out = new HashMap<>();

		SimulatedChain(PathTable paths, int order) {
			for (int p = 0; p < paths.size(); p++) {
				double weight = paths.conversions(p) + paths.nulls(p);
				List<String> collapsed = new ArrayList<>();
				for (int t = paths.pathStart(p); t < paths.pathEnd(p); t++) {
					String channel = paths.channels().name(paths.channelAt(t));
					if (collapsed.isEmpty() || !collapsed.get(collapsed.size() - 1).equals(channel)) {
						collapsed.add(channel);
					}
				}
				String state = "(start)";
				for (int i = 0; i < collapsed.size(); i++) {
					String next = String.join(",", collapsed.subList(Math.max(0, i + 1 - order), i + 1));
					add(state, next, weight);
					state = next;
				}
				add(state, "(conversion)", paths.conversions(p));
				add(state, "(null)", paths.nulls(p));
			}
		}

		private void add(String from, String to, double weight) {
			if (weight > 0) {
				this.out.computeIfAbsent(from, (key) -> new HashMap<>()).merge(to, weight, Double::sum);
			}
		}

		/**
		 * Share of walks from start that convert; a walk entering a removed state is
		 * null.
		 */
		double conversionRate(String removedChannel, int walks, long seed) {
			SplittableRandom random = new SplittableRandom(seed);
			int converted = 0;
			for (int walk = 0; walk < walks; walk++) {
				String state = "(start)";
				while (true) {
					state = step(state, random);
					if (state.equals("(conversion)")) {
						converted++;
						break;
					}
					if (state.equals("(null)")
							|| (removedChannel != null && List.of(state.split(",")).contains(removedChannel))) {
						break;
					}
				}
			}
			return converted / (double) walks;
		}

		private String step(String state, SplittableRandom random) {
			Map<String, Double> targets = this.out.get(state);
			double total = targets.values().stream().mapToDouble(Double::doubleValue).sum();
			double u = random.nextDouble() * total;
			String last = null;
			for (Map.Entry<String, Double> target : targets.entrySet()) {
				last = target.getKey();
				u -= target.getValue();
				if (u < 0) {
					return last;
				}
			}
			return last;
		}

	}

}
