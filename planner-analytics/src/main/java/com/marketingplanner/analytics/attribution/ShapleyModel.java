package com.marketingplanner.analytics.attribution;

import com.marketingplanner.analytics.journey.ChannelDictionary;
import com.marketingplanner.analytics.journey.PathTable;

/**
 * Shapley value attribution over channel coalitions, from {@link CoalitionCounts}.
 * <p>
 * {@link Worth#CONVERSIONS} (default; Zhao, Mahboobi &amp; Bagheri 2018): worth v(S) =
 * conversions of the journeys whose channel set is a subset of S. Its Shapley value
 * reduces to {@code φ_i = Σ_{T ∋ i} R(T) / |T|}, R(T) = conversions of journeys with
 * exactly channel set T: every journey's conversions are split equally between its
 * distinct channels. Value credit is the same formula with V(T). Efficient by
 * construction: the credits sum to the total conversions and value. Any number of
 * channels up to 63.
 * <p>
 * {@link Worth#CONVERSION_RATE}: v(S) = C(S) / (C(S) + N(S)), C and N the conversions and
 * nulls of journeys with channel set ⊆ S (0 when there are none). C and N for all 2ⁿ
 * coalitions come from a subset-sum (zeta) transform; then {@code φ_i = Σ_{S ⊆ N∖{i}}
 * |S|!(n−|S|−1)!/n! · (v(S ∪ {i}) − v(S))}, exactly. These φ sum to v(all) − v(∅) = the
 * overall conversion rate, not to the conversions, so credits are normalised: credit_i =
 * total conversions × φ_i / Σφ (value: total value × φ_i / Σφ). A channel that lowers the
 * conversion rate gets a negative φ and so a negative credit. n is the number of channels
 * of the input, at most {@value #MAX_RATE_CHANNELS} (2ⁿ doubles per table).
 */
public final class ShapleyModel implements AttributionModel {

	public static final int MAX_RATE_CHANNELS = 22;

	/** The coalition worth function. */
	public enum Worth {

		CONVERSIONS, CONVERSION_RATE

	}

	private final Worth worth;

	public ShapleyModel() {
		this(Worth.CONVERSIONS);
	}

	public ShapleyModel(Worth worth) {
		this.worth = worth;
	}

	@Override
	public String name() {
		return "shapley";
	}

	@Override
	public AttributionResult attribute(PathTable paths) {
		return attribute(CoalitionCounts.of(paths));
	}

	public AttributionResult attribute(CoalitionCounts counts) {
		return (this.worth == Worth.CONVERSIONS) ? conversionWorth(counts) : conversionRateWorth(counts);
	}

	private AttributionResult conversionWorth(CoalitionCounts counts) {
		ChannelDictionary channels = counts.channels();
		double[] conversions = new double[channels.size()];
		double[] values = new double[channels.size()];
		for (int i = 0; i < counts.size(); i++) {
			long set = counts.set(i);
			int members = Long.bitCount(set);
			double conversionShare = counts.conversions(i) / members;
			double valueShare = counts.value(i) / members;
			for (long rest = set; rest != 0; rest &= rest - 1) {
				int channel = Long.numberOfTrailingZeros(rest);
				conversions[channel] += conversionShare;
				values[channel] += valueShare;
			}
		}
		return AttributionResult.of(name(), channels, conversions, values);
	}

	private AttributionResult conversionRateWorth(CoalitionCounts counts) {
		ChannelDictionary channels = counts.channels();
		int n = channels.size();
		if (n > MAX_RATE_CHANNELS) {
			throw new IllegalArgumentException("conversion-rate Shapley is exact over 2^n coalitions and limited to "
					+ MAX_RATE_CHANNELS + " channels, found " + n);
		}
		int coalitions = 1 << n;
		double[] converted = new double[coalitions];
		double[] notConverted = new double[coalitions];
		double totalConversions = 0;
		double totalValue = 0;
		for (int i = 0; i < counts.size(); i++) {
			int set = (int) counts.set(i);
			converted[set] += counts.conversions(i);
			notConverted[set] += counts.nulls(i);
			totalConversions += counts.conversions(i);
			totalValue += counts.value(i);
		}
		subsetSums(converted, n);
		subsetSums(notConverted, n);
		double[] worthOf = converted; // reuse: v(S) overwrites C(S)
		for (int s = 0; s < coalitions; s++) {
			double journeys = converted[s] + notConverted[s];
			worthOf[s] = (journeys > 0) ? converted[s] / journeys : 0;
		}
		double[] weight = shapleyWeights(n);
		double[] phi = new double[n];
		for (int s = 0; s < coalitions; s++) {
			double w = weight[Integer.bitCount(s)];
			for (int outside = ~s & (coalitions - 1); outside != 0; outside &= outside - 1) {
				int channel = Integer.numberOfTrailingZeros(outside);
				phi[channel] += w * (worthOf[s | (1 << channel)] - worthOf[s]);
			}
		}
		double sum = 0;
		for (double value : phi) {
			sum += value;
		}
		double[] conversions = new double[n];
		double[] values = new double[n];
		for (int channel = 0; channel < n; channel++) {
			if (sum != 0) {
				conversions[channel] = totalConversions * phi[channel] / sum;
				values[channel] = totalValue * phi[channel] / sum;
			}
		}
		return AttributionResult.of(name(), channels, conversions, values);
	}

	/** In place: f(S) becomes Σ_{T ⊆ S} f(T) (zeta transform over the subset lattice). */
	private static void subsetSums(double[] f, int n) {
		for (int bit = 0; bit < n; bit++) {
			int mask = 1 << bit;
			for (int s = 0; s < f.length; s++) {
				if ((s & mask) != 0) {
					f[s] += f[s ^ mask];
				}
			}
		}
	}

	/** w[s] = s!(n−s−1)!/n! = 1 / (n · C(n−1, s)), for s = 0..n−1. */
	private static double[] shapleyWeights(int n) {
		double[] weight = new double[n + 1];
		double binomial = 1;
		for (int s = 0; s < n; s++) {
			weight[s] = 1 / (n * binomial);
			binomial = binomial * (n - 1 - s) / (s + 1);
		}
		return weight;
	}

}
