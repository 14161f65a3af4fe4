package com.marketingplanner.analytics.driver;

/**
 * One factor of a {@link DriverFormula}: another quantity (by id) or a constant, by which
 * the formula multiplies or divides.
 *
 * @param driver the id of the quantity, or {@code null} for a constant
 * @param constant the constant, or {@code null} for a quantity
 * @param divides whether the formula divides by the factor instead of multiplying
 */
public record Factor(Long driver, Double constant, boolean divides) {

	/**
	 * @throws IllegalArgumentException unless exactly one of driver and constant is
	 * given, or for a division by the constant zero
	 */
	public Factor {
		if ((driver == null) == (constant == null)) {
			throw new IllegalArgumentException("A factor is either a driver or a constant");
		}
		if (constant != null && (constant.isNaN() || constant.isInfinite() || (divides && constant == 0))) {
			throw new IllegalArgumentException("A constant factor must be finite, and non-zero to divide by");
		}
	}

	public static Factor times(long driver) {
		return new Factor(driver, null, false);
	}

	public static Factor dividedBy(long driver) {
		return new Factor(driver, null, true);
	}

	public static Factor timesConstant(double constant) {
		return new Factor(null, constant, false);
	}

	public static Factor dividedByConstant(double constant) {
		return new Factor(null, constant, true);
	}

	/** Whether the factor is another quantity (not a constant). */
	public boolean isDriver() {
		return this.driver != null;
	}

}
