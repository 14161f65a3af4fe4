package com.marketingplanner.analytics.optimiser;

import java.util.List;

import com.marketingplanner.analytics.roi.SpendOutcome;

/**
 * Fits response curves to a channel's spend/return history by least squares (in double).
 * <ul>
 * <li>{@link #power}: ordinary least squares of ln r = ln a + β·ln x (least squares in
 * logs; needs positive spends and returns at two or more distinct spends);</li>
 * <li>{@link #saturation}: least squares of r = a·(1 − e^(−x/b)) in the original units.
 * For a fixed b the best a is Σ rᵢgᵢ ÷ Σ gᵢ² with gᵢ = 1 − e^(−xᵢ/b); b is searched on a
 * logarithmic grid from max x ÷ 100 to 100 × max x, then refined by golden-section search
 * around the best grid point.</li>
 * </ul>
 */
public final class CurveFitting {

	private static final int GRID_POINTS = 200;

	private CurveFitting() {
	}

	/**
	 * @throws IllegalArgumentException when the history cannot give a curve with
	 * diminishing returns (too few points, non-positive values, β outside (0, 1))
	 */
	public static PowerCurve power(List<SpendOutcome> history) {
		int n = 0;
		double sumX = 0;
		double sumY = 0;
		double sumXX = 0;
		double sumXY = 0;
		for (SpendOutcome point : history) {
			double spend = point.spend().doubleValue();
			double revenue = point.revenue().doubleValue();
			if (spend <= 0 || revenue <= 0) {
				throw new IllegalArgumentException("a power curve needs positive spends and returns");
			}
			double x = Math.log(spend);
			double y = Math.log(revenue);
			n++;
			sumX += x;
			sumY += y;
			sumXX += x * x;
			sumXY += x * y;
		}
		double denominator = n * sumXX - sumX * sumX;
		if (n < 2 || denominator <= 1e-12 * n * sumXX) {
			throw new IllegalArgumentException("fitting a curve needs at least two different spend levels");
		}
		double beta = (n * sumXY - sumX * sumY) / denominator;
		double logA = (sumY - beta * sumX) / n;
		// β within 1e-6 of 1 is linear up to rounding: no diminishing return to optimise
		// on
		if (!(beta > 0 && beta < 1 - 1e-6)) {
			throw new IllegalArgumentException(
					String.format(java.util.Locale.ROOT, "the history shows no diminishing returns (β = %.3f)", beta));
		}
		return new PowerCurve(Math.exp(logA), beta);
	}

	/**
	 * @throws IllegalArgumentException when the history cannot give a saturating curve
	 * (too few points or spend levels, or no positive return)
	 */
	public static SaturationCurve saturation(List<SpendOutcome> history) {
		double[] x = history.stream().mapToDouble((p) -> p.spend().doubleValue()).toArray();
		double[] r = history.stream().mapToDouble((p) -> p.revenue().doubleValue()).toArray();
		double maxSpend = 0;
		double minSpend = Double.MAX_VALUE;
		for (double spend : x) {
			maxSpend = Math.max(maxSpend, spend);
			minSpend = Math.min(minSpend, spend);
		}
		if (x.length < 2 || maxSpend <= minSpend || maxSpend <= 0) {
			throw new IllegalArgumentException("fitting a curve needs at least two different spend levels");
		}
		double logLow = Math.log(maxSpend / 100);
		double logHigh = Math.log(maxSpend * 100);
		double bestLog = logLow;
		double bestError = Double.MAX_VALUE;
		for (int i = 0; i <= GRID_POINTS; i++) {
			double logB = logLow + (logHigh - logLow) * i / GRID_POINTS;
			double error = squaredError(x, r, Math.exp(logB));
			if (error < bestError) {
				bestError = error;
				bestLog = logB;
			}
		}
		double step = (logHigh - logLow) / GRID_POINTS;
		double logB = goldenSection(x, r, bestLog - step, bestLog + step);
		double b = Math.exp(logB);
		double a = bestA(x, r, b);
		if (!(a > 0)) {
			throw new IllegalArgumentException("the history shows no positive return to fit");
		}
		return new SaturationCurve(a, b);
	}

	private static double goldenSection(double[] x, double[] r, double low, double high) {
		double ratio = (Math.sqrt(5) - 1) / 2;
		for (int i = 0; i < 100; i++) {
			double left = high - ratio * (high - low);
			double right = low + ratio * (high - low);
			if (squaredError(x, r, Math.exp(left)) <= squaredError(x, r, Math.exp(right))) {
				high = right;
			}
			else {
				low = left;
			}
		}
		return (low + high) / 2;
	}

	private static double bestA(double[] x, double[] r, double b) {
		double sumRG = 0;
		double sumGG = 0;
		for (int i = 0; i < x.length; i++) {
			double g = -Math.expm1(-x[i] / b);
			sumRG += r[i] * g;
			sumGG += g * g;
		}
		return (sumGG == 0) ? 0 : sumRG / sumGG;
	}

	private static double squaredError(double[] x, double[] r, double b) {
		double a = bestA(x, r, b);
		double sum = 0;
		for (int i = 0; i < x.length; i++) {
			double error = r[i] + a * Math.expm1(-x[i] / b);
			sum += error * error;
		}
		return sum;
	}

}
