package com.marketingplanner.analytics.attribution;

import java.util.Map;

/**
 * Removal effects of a Markov chain attribution: {@code conversionProbability} =
 * P(conversion | start) of the full chain, and per channel
 * {@code RE(c) = 1 − P(conversion | c removed) /
 * P(conversion)}, in [0, 1] (clamped against rounding), 0 for every channel when
 * P(conversion) = 0. Channels in the input's channel order.
 */
public record RemovalEffects(double conversionProbability, Map<String, Double> byChannel) {

	public RemovalEffects {
		byChannel = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byChannel));
	}

	public double of(String channel) {
		Double effect = this.byChannel.get(channel);
		if (effect == null) {
			throw new IllegalArgumentException("no channel '" + channel + "'");
		}
		return effect;
	}

	static double effect(double probability, double withoutChannel) {
		if (probability <= 0) {
			return 0;
		}
		return Math.min(1, Math.max(0, 1 - withoutChannel / probability));
	}

	/**
	 * Markov credits: channel c earns {@code totalConversions × RE(c) / Σ RE} conversions
	 * and {@code totalValue × RE(c) / Σ RE} value (nothing when Σ RE = 0).
	 */
	AttributionResult credits(String model, com.marketingplanner.analytics.journey.ChannelDictionary channels,
			double totalConversions, double totalValue) {
		double sum = 0;
		for (double effect : this.byChannel.values()) {
			sum += effect;
		}
		double[] conversions = new double[channels.size()];
		double[] values = new double[channels.size()];
		for (int id = 0; id < channels.size(); id++) {
			double effect = this.byChannel.getOrDefault(channels.name(id), 0.0);
			if (sum > 0) {
				conversions[id] = totalConversions * effect / sum;
				values[id] = totalValue * effect / sum;
			}
		}
		return AttributionResult.of(model, channels, conversions, values);
	}

}
