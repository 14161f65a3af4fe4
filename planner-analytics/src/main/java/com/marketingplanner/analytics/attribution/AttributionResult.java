package com.marketingplanner.analytics.attribution;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.marketingplanner.analytics.journey.ChannelDictionary;

/**
 * The credits of one attribution model, one per channel of the input (channels that
 * earned nothing included), ordered by channel name. Invariant of every model: the
 * credits sum to the total conversions and total value of the input (up to rounding).
 */
public record AttributionResult(String model, List<ChannelCredit> credits) implements Serializable {

	private static final long serialVersionUID = 1L;

	public AttributionResult {
		credits = List.copyOf(credits);
	}

	static AttributionResult of(String model, ChannelDictionary channels, double[] conversions, double[] values) {
		List<ChannelCredit> credits = new ArrayList<>(channels.size());
		for (int id = 0; id < channels.size(); id++) {
			credits.add(new ChannelCredit(channels.name(id), conversions[id], values[id]));
		}
		credits.sort(Comparator.comparing(ChannelCredit::channel));
		return new AttributionResult(model, credits);
	}

	/**
	 * The credits of this and {@code other} added channel by channel (a channel missing
	 * from one counts 0 there), ordered by channel name. This is the result over the
	 * union of two disjoint sets of journeys for a model that credits every journey on
	 * its own (every heuristic model,
	 * {@link TimeDecayModel#attribute(com.marketingplanner.analytics.journey.Journeys)
	 * time decay on journeys}); it is <em>not</em> so for Markov and Shapley, whose
	 * credits depend on all paths together (merge their {@code PathTable}s instead).
	 * @throws IllegalArgumentException when the two results are of different models
	 */
	public AttributionResult plus(AttributionResult other) {
		if (!this.model.equals(other.model)) {
			throw new IllegalArgumentException("cannot add credits of " + this.model + " and " + other.model);
		}
		Map<String, double[]> sums = new TreeMap<>();
		for (List<ChannelCredit> credits : List.of(this.credits, other.credits)) {
			for (ChannelCredit credit : credits) {
				double[] sum = sums.computeIfAbsent(credit.channel(), (channel) -> new double[2]);
				sum[0] += credit.conversions();
				sum[1] += credit.value();
			}
		}
		List<ChannelCredit> added = new ArrayList<>(sums.size());
		sums.forEach((channel, sum) -> added.add(new ChannelCredit(channel, sum[0], sum[1])));
		return new AttributionResult(this.model, added);
	}

	public double totalConversions() {
		return this.credits.stream().mapToDouble(ChannelCredit::conversions).sum();
	}

	public double totalValue() {
		return this.credits.stream().mapToDouble(ChannelCredit::value).sum();
	}

	/**
	 * The credit of one channel.
	 * @throws IllegalArgumentException when the channel was not in the input
	 */
	public ChannelCredit credit(String channel) {
		return this.credits.stream()
			.filter((credit) -> credit.channel().equals(channel))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no channel '" + channel + "' in " + this.model));
	}

}
