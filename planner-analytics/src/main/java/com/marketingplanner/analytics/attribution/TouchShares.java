package com.marketingplanner.analytics.attribution;

import com.marketingplanner.analytics.journey.PathTable;

/**
 * The share of one conversion each touch of a path earns, for the heuristic models. The
 * shares written must sum to 1.
 */
@FunctionalInterface
interface TouchShares {

	/**
	 * Writes {@code shares[0..length)} for the touches {@code start .. start+length-1} of
	 * {@code paths}.
	 */
	void fill(PathTable paths, int start, int length, double[] shares);

	/**
	 * Credits each converting path's conversions and value to its touches' channels in
	 * proportion to the shares.
	 */
	static AttributionResult attribute(String model, PathTable paths, TouchShares touchShares) {
		int channels = paths.channels().size();
		double[] conversions = new double[channels];
		double[] values = new double[channels];
		double[] shares = new double[64];
		for (int p = 0; p < paths.size(); p++) {
			double pathConversions = paths.conversions(p);
			double pathValue = paths.value(p);
			if (pathConversions == 0 && pathValue == 0) {
				continue;
			}
			int start = paths.pathStart(p);
			int length = paths.pathLength(p);
			if (shares.length < length) {
				shares = new double[length];
			}
			touchShares.fill(paths, start, length, shares);
			for (int i = 0; i < length; i++) {
				int channel = paths.channelAt(start + i);
				conversions[channel] += pathConversions * shares[i];
				values[channel] += pathValue * shares[i];
			}
		}
		return AttributionResult.of(model, paths.channels(), conversions, values);
	}

}
