package com.marketingplanner.analytics.experiment;

/**
 * The standard normal distribution, implemented here so that analytics needs no
 * statistics library.
 * <ul>
 * <li>{@link #cdf} Φ(z): Hart's double-precision rational approximation (algorithm 5666)
 * as given by G. West, "Better approximations to cumulative normal functions", Wilmott
 * Magazine 2005 — absolute error below 1e-14, and the tail computed directly, so Φ(−8) is
 * accurate to about 1e-14 relative rather than rounding to 0.</li>
 * <li>{@link #quantile} Φ⁻¹(p): P. J. Acklam's rational approximation (relative error
 * 1.15e-9) refined by one Halley step on {@link #cdf}, which brings it to full double
 * precision.</li>
 * </ul>
 */
public final class NormalDistribution {

	private static final double SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

	private static final double[] A = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
			1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00 };

	private static final double[] B = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
			6.680131188771972e+01, -1.328068155288572e+01 };

	private static final double[] C = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
			-2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00 };

	private static final double[] D = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
			3.754408661907416e+00 };

	private static final double P_LOW = 0.02425;

	private NormalDistribution() {
	}

	/** Φ(z) = P(Z ≤ z) for a standard normal Z. */
	public static double cdf(double z) {
		if (Double.isNaN(z)) {
			throw new IllegalArgumentException("z must be a number");
		}
		double x = Math.abs(z);
		double tail;
		if (x > 37) {
			tail = 0;
		}
		else {
			double exponential = Math.exp(-x * x / 2);
			if (x < 7.07106781186547) {
				double numerator = 3.52624965998911e-02 * x + 0.700383064443688;
				numerator = numerator * x + 6.37396220353165;
				numerator = numerator * x + 33.912866078383;
				numerator = numerator * x + 112.079291497871;
				numerator = numerator * x + 221.213596169931;
				numerator = numerator * x + 220.206867912376;
				double denominator = 8.83883476483184e-02 * x + 1.75566716318264;
				denominator = denominator * x + 16.064177579207;
				denominator = denominator * x + 86.7807322029461;
				denominator = denominator * x + 296.564248779674;
				denominator = denominator * x + 637.333633378831;
				denominator = denominator * x + 793.826512519948;
				denominator = denominator * x + 440.413735824752;
				tail = exponential * numerator / denominator;
			}
			else {
				double fraction = x + 0.65;
				fraction = x + 4 / fraction;
				fraction = x + 3 / fraction;
				fraction = x + 2 / fraction;
				fraction = x + 1 / fraction;
				tail = exponential / fraction / 2.506628274631;
			}
		}
		return (z > 0) ? 1 - tail : tail;
	}

	/**
	 * Φ⁻¹(p), the z with Φ(z) = p.
	 * @throws IllegalArgumentException unless 0 &lt; p &lt; 1
	 */
	public static double quantile(double p) {
		if (!(p > 0 && p < 1)) {
			throw new IllegalArgumentException("p must lie strictly between 0 and 1: " + p);
		}
		double x;
		if (p < P_LOW) {
			double q = Math.sqrt(-2 * Math.log(p));
			x = lowerTail(q);
		}
		else if (p <= 1 - P_LOW) {
			double q = p - 0.5;
			double r = q * q;
			x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
					/ (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
		}
		else {
			double q = Math.sqrt(-2 * Math.log1p(-p));
			x = -lowerTail(q);
		}
		// one Halley step: e = Φ(x) − p, u = e·√(2π)·exp(x²/2), x ← x − u / (1 + x·u/2)
		double e = cdf(x) - p;
		double u = e * SQRT_TWO_PI * Math.exp(x * x / 2);
		return x - u / (1 + x * u / 2);
	}

	private static double lowerTail(double q) {
		return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
				/ ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
	}

}
