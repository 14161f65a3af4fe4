package com.marketingplanner.analytics.forecast;

/**
 * Holt-Winters smoothing weights, each in [0, 1].
 *
 * @param alpha weight of the newest observation in the level
 * @param beta weight of the newest level change in the trend
 * @param gamma weight of the newest observation in its season's index
 */
public record SmoothingParameters(double alpha, double beta, double gamma) {

	public SmoothingParameters {
		requireWeight("alpha", alpha);
		requireWeight("beta", beta);
		requireWeight("gamma", gamma);
	}

	private static void requireWeight(String name, double value) {
		if (!(value >= 0 && value <= 1)) {
			throw new IllegalArgumentException(name + " must lie in [0, 1]: " + value);
		}
	}

}
