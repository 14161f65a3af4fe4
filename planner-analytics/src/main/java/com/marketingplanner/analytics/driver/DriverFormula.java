package com.marketingplanner.analytics.driver;

import java.util.List;
import java.util.Map;

/**
 * A quantity as the product of its factors, each multiplied or divided: value = Π
 * multiplied ÷ Π divided.
 *
 * @param factors the factors, at least one
 */
public record DriverFormula(List<Factor> factors) {

	public DriverFormula {
		if (factors == null || factors.isEmpty()) {
			throw new IllegalArgumentException("A formula needs at least one factor");
		}
		factors = List.copyOf(factors);
	}

	public static DriverFormula of(Factor... factors) {
		return new DriverFormula(List.of(factors));
	}

	/** The ids of the quantities the formula reads, in factor order (repeats kept). */
	public List<Long> drivers() {
		return this.factors.stream().filter(Factor::isDriver).map(Factor::driver).toList();
	}

	/**
	 * The formula's value with the given values of its drivers; {@code null} when a
	 * driver has no value or a divisor is zero.
	 */
	Double valueWith(Map<Long, Double> values) {
		double product = 1;
		for (Factor factor : this.factors) {
			Double value = factor.isDriver() ? values.get(factor.driver()) : factor.constant();
			if (value == null || (factor.divides() && value == 0)) {
				return null;
			}
			product = factor.divides() ? product / value : product * value;
		}
		return product;
	}

}
