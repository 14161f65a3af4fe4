package com.marketingplanner.analytics.attribution;

import com.marketingplanner.analytics.journey.PathTable;

/**
 * W-shaped: 30% to the first touch, 30% to the lead-creation touch, 30% to the last
 * touch, and the remaining 10% spread equally over the other touches.
 * <p>
 * Our paths carry no lead event, so the lead-creation touch is defined as the middle
 * touch: index {@code L / 2} (0-based, integer division) of a path of length L, i.e. the
 * true middle for odd L and the later of the two middle touches for even L. Short paths:
 * L = 1 gives 100%; L = 2 gives 50/50; L = 3 gives 1/3 each (there are no "other"
 * touches, so the 10% is spread over the three key touches in proportion, 30:30:30).
 * <p>
 * Source: the W-shaped multi-touch model of B2B marketing tools (first touch, lead
 * creation, opportunity).
 */
public final class WShapedModel implements AttributionModel {

	private static final double KEY_SHARE = 0.3;

	private static final double REST_SHARE = 0.1;

	@Override
	public String name() {
		return "w-shaped";
	}

	@Override
	public AttributionResult attribute(PathTable paths) {
		return TouchShares.attribute(name(), paths, WShapedModel::fill);
	}

	/**
	 * The 0-based index of the lead-creation touch in a path of {@code length} touches.
	 */
	static int leadCreationIndex(int length) {
		return length / 2;
	}

	private static void fill(PathTable paths, int start, int length, double[] shares) {
		if (length <= 3) {
			for (int i = 0; i < length; i++) {
				shares[i] = 1.0 / length;
			}
			return;
		}
		double rest = REST_SHARE / (length - 3);
		for (int i = 0; i < length; i++) {
			shares[i] = rest;
		}
		shares[0] = KEY_SHARE;
		shares[leadCreationIndex(length)] = KEY_SHARE;
		shares[length - 1] = KEY_SHARE;
	}

}
