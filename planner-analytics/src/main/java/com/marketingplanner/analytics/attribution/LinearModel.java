package com.marketingplanner.analytics.attribution;

import java.util.Arrays;

import com.marketingplanner.analytics.journey.PathTable;

/**
 * Linear: every touch of a converting path of length L earns 1/L. A channel touched twice
 * earns two shares (the ChannelAttribution package's convention).
 * <p>
 * Source: the ChannelAttribution package's {@code heuristic_models} ("linear_touch").
 */
public final class LinearModel implements AttributionModel {

	@Override
	public String name() {
		return "linear";
	}

	@Override
	public AttributionResult attribute(PathTable paths) {
		return TouchShares.attribute(name(), paths,
				(table, start, length, shares) -> Arrays.fill(shares, 0, length, 1.0 / length));
	}

}
