package com.marketingplanner.web.goal;

import java.math.BigDecimal;

/** Decimal values as people write them: no trailing zeros, never in exponent form. */
final class Numbers {

	private Numbers() {
	}

	static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
