package com.marketingplanner.analytics.optimiser;

/**
 * r(x) = a·x^β with 0 &lt; β &lt; 1: never saturates but each further unit returns less.
 * r′(x) = a·β·x^(β−1), so r′(x) = λ at x = (λ ÷ (a·β))^(1/(β−1)).
 *
 * @param a the scale, &gt; 0
 * @param beta the elasticity of return to spend, 0 &lt; β &lt; 1
 */
public record PowerCurve(double a, double beta) implements ResponseCurve {

	public PowerCurve {
		if (!(a > 0 && Double.isFinite(a))) {
			throw new IllegalArgumentException("a power curve needs a > 0: " + a);
		}
		if (!(beta > 0 && beta < 1)) {
			throw new IllegalArgumentException("a power curve needs 0 < β < 1 for diminishing returns: β = " + beta);
		}
	}

	@Override
	public double response(double spend) {
		return this.a * Math.pow(spend, this.beta);
	}

	@Override
	public double marginal(double spend) {
		return this.a * this.beta * Math.pow(spend, this.beta - 1);
	}

	@Override
	public double spendAtMarginal(double lambda) {
		return Math.pow(lambda / (this.a * this.beta), 1 / (this.beta - 1));
	}

}
