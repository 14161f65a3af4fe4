package com.marketingplanner.analytics.attribution;

import java.util.LinkedHashMap;
import java.util.Map;

import com.marketingplanner.analytics.journey.ChannelDictionary;
import com.marketingplanner.analytics.journey.PathTable;

/**
 * First-order Markov chain attribution by dense linear algebra, the textbook way:
 * transient states start and one per channel, absorbing conversion and null; consecutive
 * repeats of a channel collapsed. With Q the transient-to-transient and r the
 * transient-to-conversion probabilities, the absorption probabilities x = (I − Q)⁻¹ r
 * (the conversion column of B = N·R) are found by Gaussian elimination with partial
 * pivoting on (I − Q) x = r. Removing channel c forces x_c = 0 (its incoming transitions
 * go to null). Removal effects and credits are defined as in {@link MarkovModel}, which
 * gives the same numbers through its sparse solver; this model is the independent, exact
 * reference for order 1. Cost O(channels³) per removal: meant for up to a few hundred
 * channels.
 * <p>
 * Source: absorbing Markov chains, fundamental matrix N = (I − Q)⁻¹ and absorption
 * probabilities B = N·R (Kemeny &amp; Snell, Finite Markov Chains, 1960); removal effects
 * as in Anderl et al. 2016 and the ChannelAttribution package.
 */
public final class FirstOrderMarkovModel implements AttributionModel {

	/** Dense elimination is cubic; beyond this many channels use {@link MarkovModel}. */
	public static final int MAX_CHANNELS = 1000;

	@Override
	public String name() {
		return "markov";
	}

	@Override
	public AttributionResult attribute(PathTable paths) {
		return removalEffects(paths).credits(name(), paths.channels(), paths.totalConversions(), paths.totalValue());
	}

	public RemovalEffects removalEffects(PathTable paths) {
		ChannelDictionary channels = paths.channels();
		int n = channels.size() + 1;
		if (n - 1 > MAX_CHANNELS) {
			throw new IllegalArgumentException("dense first-order Markov is limited to " + MAX_CHANNELS + " channels");
		}
		double[][] counts = new double[n][n];
		double[] toConversion = new double[n];
		double[] outWeight = new double[n];
		for (int p = 0; p < paths.size(); p++) {
			double weight = paths.conversions(p) + paths.nulls(p);
			if (weight == 0) {
				continue;
			}
			int state = 0;
			for (int t = paths.pathStart(p); t < paths.pathEnd(p); t++) {
				int next = paths.channelAt(t) + 1;
				if (next != state) {
					counts[state][next] += weight;
					outWeight[state] += weight;
					state = next;
				}
			}
			toConversion[state] += paths.conversions(p);
			outWeight[state] += weight;
		}
		double probability = solve(counts, toConversion, outWeight, -1);
		Map<String, Double> effects = new LinkedHashMap<>();
		for (int id = 0; id < channels.size(); id++) {
			double without = solve(counts, toConversion, outWeight, id + 1);
			effects.put(channels.name(id), RemovalEffects.effect(probability, without));
		}
		return new RemovalEffects(probability, effects);
	}

	/**
	 * x_start of (I − Q) x = r, with state {@code removed} (or none when -1) held at 0.
	 */
	private static double solve(double[][] counts, double[] toConversion, double[] outWeight, int removed) {
		int n = counts.length;
		double[][] a = new double[n][n + 1];
		for (int s = 0; s < n; s++) {
			a[s][s] = 1;
			if (s == removed || outWeight[s] == 0) {
				continue; // x_s = 0: removed, or never left (never visited)
			}
			for (int t = 0; t < n; t++) {
				a[s][t] -= counts[s][t] / outWeight[s];
			}
			a[s][n] = toConversion[s] / outWeight[s];
		}
		for (int col = 0; col < n; col++) {
			int pivot = col;
			for (int row = col + 1; row < n; row++) {
				if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
					pivot = row;
				}
			}
			double[] swap = a[col];
			a[col] = a[pivot];
			a[pivot] = swap;
			for (int row = col + 1; row < n; row++) {
				double factor = a[row][col] / a[col][col];
				if (factor != 0) {
					for (int k = col; k <= n; k++) {
						a[row][k] -= factor * a[col][k];
					}
				}
			}
		}
		double[] x = new double[n];
		for (int row = n - 1; row >= 0; row--) {
			double sum = a[row][n];
			for (int k = row + 1; k < n; k++) {
				sum -= a[row][k] * x[k];
			}
			x[row] = sum / a[row][row];
		}
		return x[0];
	}

}
