package com.marketingplanner.analytics.guardrail;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * The conditions a risk trigger states over a measured value (seed 002: "ROI < 1.5",
 * "overspend > 10 %", "core-product price change > 5 %", "bounce > 60 %"): above, below,
 * strictly between two lines, and a change over a period beyond a percentage. As with
 * every guardrail, comparisons are strict — a value exactly on its line does not fire —
 * and a change against a zero or missing earlier value is not defined and fires nothing.
 */
public final class TriggerConditions {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private TriggerConditions() {
	}

	/** value &gt; line. */
	public static boolean isAbove(BigDecimal value, BigDecimal line) {
		return Objects.requireNonNull(value, "value").compareTo(Objects.requireNonNull(line, "line")) > 0;
	}

	/** value &lt; line. */
	public static boolean isBelow(BigDecimal value, BigDecimal line) {
		return Objects.requireNonNull(value, "value").compareTo(Objects.requireNonNull(line, "line")) < 0;
	}

	/** lower &lt; value &lt; upper. */
	public static boolean isStrictlyBetween(BigDecimal value, BigDecimal lower, BigDecimal upper) {
		return isAbove(value, lower) && isBelow(value, upper);
	}

	/**
	 * The relative change from an earlier to a later value in percent: (later − earlier)
	 * ÷ |earlier| × 100; empty when the earlier value is zero.
	 */
	public static Optional<BigDecimal> changePercent(BigDecimal earlier, BigDecimal later) {
		Objects.requireNonNull(later, "later");
		if (Objects.requireNonNull(earlier, "earlier").signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(later.subtract(earlier).multiply(HUNDRED).divide(earlier.abs(), MathContext.DECIMAL64));
	}

	/**
	 * Whether the value moved by more than {@code percent} (either way) from the earlier
	 * value: |change| &gt; percent. False when the earlier value is missing or zero.
	 */
	public static boolean changesBeyond(BigDecimal earlier, BigDecimal later, BigDecimal percent) {
		if (earlier == null) {
			return false;
		}
		return changePercent(earlier, later).map((change) -> isAbove(change.abs(), percent)).orElse(false);
	}

}
