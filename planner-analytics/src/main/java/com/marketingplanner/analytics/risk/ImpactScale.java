package com.marketingplanner.analytics.risk;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The 1–5 impact level of a loss stated as a share of a base (seed digest row 22: "budget
 * +15 %", "share −10 %", "complaints +25 %") or as an amount measured against a base (the
 * plan's budget): the usual five-band scale of a risk matrix, bands closed at the bottom:
 * <table>
 * <caption>share of the base → impact</caption>
 * <tr>
 * <td>below 1 %</td>
 * <td>1 negligible</td>
 * </tr>
 * <tr>
 * <td>1 % to below 5 %</td>
 * <td>2 minor</td>
 * </tr>
 * <tr>
 * <td>5 % to below 10 %</td>
 * <td>3 moderate</td>
 * </tr>
 * <tr>
 * <td>10 % to below 20 %</td>
 * <td>4 major</td>
 * </tr>
 * <tr>
 * <td>20 % and more</td>
 * <td>5 severe</td>
 * </tr>
 * </table>
 * 000's platform delay (budget +15 %) is 4, its competitor risk (share −10 %) 4, its
 * after-sales risk (complaints +25 %) 5; 004's outage (2億 lost against a 5000萬 budget) is
 * 5. The sign of a change does not matter: a loss is measured by its size.
 */
public final class ImpactScale {

	private static final BigDecimal[] LOWER_BOUNDS = { new BigDecimal("0.01"), new BigDecimal("0.05"),
			new BigDecimal("0.10"), new BigDecimal("0.20") };

	private ImpactScale() {
	}

	/**
	 * The impact level of a loss that is {@code share} of its base.
	 * @param share a fraction (0.15 = 15 %), either sign
	 * @return 1–5
	 */
	public static int levelOfShare(BigDecimal share) {
		BigDecimal size = Objects.requireNonNull(share, "share").abs();
		int level = 1;
		for (BigDecimal bound : LOWER_BOUNDS) {
			if (size.compareTo(bound) >= 0) {
				level++;
			}
		}
		return level;
	}

	/**
	 * The impact level of a loss of {@code amount} against {@code base} (the plan's
	 * budget); undefined (−1) when the base is not positive.
	 */
	public static int levelOfAmount(BigDecimal amount, BigDecimal base) {
		Objects.requireNonNull(amount, "amount");
		if (base == null || base.signum() <= 0) {
			return -1;
		}
		return levelOfShare(amount.divide(base, java.math.MathContext.DECIMAL64));
	}

}
