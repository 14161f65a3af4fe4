package com.marketingplanner.analytics.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.marketingplanner.analytics.journey.ChannelDictionary;
import com.marketingplanner.analytics.journey.PathTable;

/**
 * Markov chain attribution of order k (1..4) with removal effects computed from the
 * absorbing chain (Anderl et al. 2016; the ChannelAttribution package's definition):
 * <ul>
 * <li>chain: {@link TransitionCounts} of the paths (states = last-k-channel tuples,
 * consecutive repeats collapsed), transition probabilities = counts / out-counts;</li>
 * <li>P(conversion) = absorption probability in conversion from start, solved from the
 * sparse system {@code x = Q·x + r} by Gauss-Seidel sweeps in reverse order of state
 * discovery, stopped after the first sweep that changes no probability by more than 1e-15
 * (machine precision for values in [0, 1]); no dense inverse is formed. The dense
 * {@code (I − Q)⁻¹} route is {@link FirstOrderMarkovModel}, which the tests compare
 * with;</li>
 * <li>removing channel c sends every transition into a state whose tuple contains c to
 * null; {@code RE(c) = 1 − P(conversion | c removed) / P(conversion)};</li>
 * <li>credit(c) = total conversions × RE(c) / Σ RE, and the same split of the total
 * value.</li>
 * </ul>
 * Total conversions and value are those of the paths given (or passed with merged
 * counts).
 */
public final class MarkovModel implements AttributionModel {

	private final int order;

	public MarkovModel(int order) {
		if (order < 1 || order > TransitionCounts.MAX_ORDER) {
			throw new IllegalArgumentException(
					"Markov order must be between 1 and " + TransitionCounts.MAX_ORDER + ", got " + order);
		}
		this.order = order;
	}

	public int order() {
		return this.order;
	}

	@Override
	public String name() {
		return "markov";
	}

	@Override
	public AttributionResult attribute(PathTable paths) {
		TransitionCounts counts = TransitionCounts.of(paths, this.order);
		return attribute(counts, paths.totalConversions(), paths.totalValue());
	}

	/** Attribution from (possibly merged) transition counts and the totals to split. */
	public AttributionResult attribute(TransitionCounts counts, double totalConversions, double totalValue) {
		return removalEffects(counts).credits(name(), counts.channels(), totalConversions, totalValue);
	}

	public RemovalEffects removalEffects(PathTable paths) {
		return removalEffects(TransitionCounts.of(paths, this.order));
	}

	public static RemovalEffects removalEffects(TransitionCounts counts) {
		SparseAbsorbingChain chain = new SparseAbsorbingChain(counts);
		double probability = chain.conversionProbability(null);
		ChannelDictionary channels = counts.channels();
		List<List<Integer>> statesWithChannel = new ArrayList<>();
		for (int id = 0; id < channels.size(); id++) {
			statesWithChannel.add(new ArrayList<>());
		}
		for (int state = TransitionCounts.FIRST_TRANSIENT; state < counts.stateCount(); state++) {
			for (int channel : counts.stateChannels(state)) {
				// a tuple may hold a channel twice (a > b > a); states come in increasing
				// order, so comparing with the last one listed keeps each state once
				List<Integer> states = statesWithChannel.get(channel);
				if (states.isEmpty() || states.get(states.size() - 1) != state) {
					states.add(state);
				}
			}
		}
		boolean[] removed = new boolean[counts.stateCount()];
		Map<String, Double> effects = new LinkedHashMap<>();
		for (int id = 0; id < channels.size(); id++) {
			List<Integer> states = statesWithChannel.get(id);
			states.forEach((s) -> removed[s] = true);
			double without = states.isEmpty() ? probability : chain.conversionProbability(removed);
			states.forEach((s) -> removed[s] = false);
			effects.put(channels.name(id), RemovalEffects.effect(probability, without));
		}
		return new RemovalEffects(probability, effects);
	}

}
