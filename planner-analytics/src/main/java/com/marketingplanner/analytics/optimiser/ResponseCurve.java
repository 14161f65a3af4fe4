package com.marketingplanner.analytics.optimiser;

/**
 * Expected return of a channel as a function of its spend, increasing and concave
 * (diminishing returns), with no return at zero spend. Computed in double.
 */
public sealed interface ResponseCurve permits SaturationCurve, PowerCurve {

	/** Expected return r(x) at spend x ≥ 0. */
	double response(double spend);

	/** Marginal return r′(x), decreasing in x. */
	double marginal(double spend);

	/**
	 * The spend x ≥ 0 with r′(x) = λ, or 0 when even the first unit returns less than λ.
	 */
	double spendAtMarginal(double lambda);

	/**
	 * The largest spend whose average return r(x) ÷ x is at least {@code floor} (for a
	 * concave curve through 0 the average falls with spend), 0 if none; found by
	 * bisection to a relative 1e-12.
	 */
	default double spendAtAverageReturn(double floor) {
		// the average r(x) ÷ x starts at r′(0) and falls with x
		if (!(marginal(0) > floor)) {
			return 0;
		}
		double high = 1;
		while (response(high) / high >= floor) {
			high *= 2;
			if (high > 1e300) {
				return Double.MAX_VALUE; // the average never falls to the floor
			}
		}
		double low = 0;
		for (int i = 0; i < 2000 && high - low > 1e-12 * high; i++) {
			double middle = (low + high) / 2;
			if (response(middle) / middle >= floor) {
				low = middle;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
