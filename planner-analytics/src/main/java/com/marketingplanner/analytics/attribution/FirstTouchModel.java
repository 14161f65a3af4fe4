package com.marketingplanner.analytics.attribution;

import java.util.Arrays;

import com.marketingplanner.analytics.journey.PathTable;

/**
 * First touch: the first touch of a converting path earns 100% of its conversions and
 * value.
 * <p>
 * Source: the classic single-touch rule (Google Analytics "first interaction"; the
 * ChannelAttribution package's {@code heuristic_models}).
 */
public final class FirstTouchModel implements AttributionModel {

	@Override
	public String name() {
		return "first";
	}

	@Override
	public AttributionResult attribute(PathTable paths) {
		return TouchShares.attribute(name(), paths, (table, start, length, shares) -> {
			Arrays.fill(shares, 0, length, 0);
			shares[0] = 1;
		});
	}

}
