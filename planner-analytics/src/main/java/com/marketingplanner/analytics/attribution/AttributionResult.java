package com.marketingplanner.analytics.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.marketingplanner.analytics.journey.ChannelDictionary;

/**
 * The credits of one attribution model, one per channel of the input (channels that
 * earned nothing included), ordered by channel name. Invariant of every model: the
 * credits sum to the total conversions and total value of the input (up to rounding).
 */
public record AttributionResult(String model, List<ChannelCredit> credits) {

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
