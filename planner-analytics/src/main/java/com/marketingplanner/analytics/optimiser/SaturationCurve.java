package com.marketingplanner.analytics.optimiser;

/**
 * r(x) = a·(1 − e^(−x/b)): saturates at a, the scale b being the spend that reaches 63 %
 * of it. r′(x) = (a/b)·e^(−x/b), so r′(x) = λ at x = b·ln(a ÷ (b·λ)).
 *
 * @param a the saturation level, &gt; 0
 * @param b the scale, &gt; 0
 */
public record SaturationCurve(double a, double b) implements ResponseCurve {

	public SaturationCurve {
		if (!(a > 0 && Double.isFinite(a)) || !(b > 0 && Double.isFinite(b))) {
			throw new IllegalArgumentException("a saturation curve needs a > 0 and b > 0: a=" + a + ", b=" + b);
		}
	}

	@Override
	public double response(double spend) {
		return -this.a * Math.expm1(-spend / this.b);
	}

	@Override
	public double marginal(double spend) {
		return this.a / this.b * Math.exp(-spend / this.b);
	}

	@Override
	public double spendAtMarginal(double lambda) {
		double atZero = this.a / this.b;
		return (lambda >= atZero) ? 0 : this.b * Math.log(atZero / lambda);
	}

}
