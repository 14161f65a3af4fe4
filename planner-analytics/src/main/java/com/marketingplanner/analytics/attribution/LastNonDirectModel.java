package com.marketingplanner.analytics.attribution;

import java.util.Arrays;

import com.marketingplanner.analytics.journey.PathTable;

/**
 * Last non-direct touch: the last touch whose channel is not the "direct" channel earns
 * 100%. When every touch of the path is direct, the last (direct) touch earns it. The
 * direct channel's name is configurable; default {@value #DEFAULT_DIRECT_CHANNEL}.
 * <p>
 * Source: Google Analytics' "last non-direct click" model.
 */
public final class LastNonDirectModel implements AttributionModel {

	public static final String DEFAULT_DIRECT_CHANNEL = "direct";

	private final String directChannel;

	public LastNonDirectModel() {
		this(DEFAULT_DIRECT_CHANNEL);
	}

	public LastNonDirectModel(String directChannel) {
		this.directChannel = directChannel;
	}

	@Override
	public String name() {
		return "last-non-direct";
	}

	@Override
	public AttributionResult attribute(PathTable paths) {
		int direct = paths.channels().find(this.directChannel);
		return TouchShares.attribute(name(), paths, (table, start, length, shares) -> {
			Arrays.fill(shares, 0, length, 0);
			int chosen = length - 1;
			while (chosen > 0 && table.channelAt(start + chosen) == direct) {
				chosen--;
			}
			if (table.channelAt(start + chosen) == direct) {
				chosen = length - 1;
			}
			shares[chosen] = 1;
		});
	}

}
