package com.marketingplanner.analytics.guardrail;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

import com.marketingplanner.analytics.goal.Direction;

/**
 * The early-warning rules of the seeds as formulas over numbers (design.md "Guardrails";
 * seed digest rows 5 and 29). The plan's budget check and its early warnings
 * ({@code domain.budget.BudgetCheck}, {@code domain.alert}) decide which rule applies to
 * which scope and call these; the formulas are not repeated there.
 * <p>
 * Every comparison is strict — a value exactly on its line does not fire — and money
 * ratios are computed in decimal (16 significant digits), so 110 against a plan of 100 is
 * exactly 10 % over and does not pass a 10 % threshold. Thresholds, caps and floors are
 * fractions (0.10 = 10 %), floors on return are multiples of spend (1.5 = "1:1.5"). A
 * ratio whose denominator is zero is not defined and fires no rule.
 */
public final class Guardrails {

	private Guardrails() {
	}

	/**
	 * Overspend = (actual − planned) ÷ planned; empty when nothing was planned (planned ≤
	 * 0).
	 */
	public static Optional<BigDecimal> overspend(BigDecimal planned, BigDecimal actual) {
		Objects.requireNonNull(actual, "actual");
		if (Objects.requireNonNull(planned, "planned").signum() <= 0) {
			return Optional.empty();
		}
		return Optional.of(actual.subtract(planned).divide(planned, MathContext.DECIMAL64));
	}

	/**
	 * Overspend past the threshold → freeze the non-core channels (002: "monthly
	 * overspend &gt; 10 % → freeze non-core"): (actual − planned) ÷ planned &gt;
	 * threshold.
	 */
	public static boolean isOverspent(BigDecimal planned, BigDecimal actual, BigDecimal threshold) {
		Objects.requireNonNull(threshold, "threshold");
		return overspend(planned, actual).map((ratio) -> ratio.compareTo(threshold) > 0).orElse(false);
	}

	/**
	 * Return on spend = revenue ÷ spend (what the seeds call ROI and write "1:x", i.e.
	 * ROAS); empty for zero spend.
	 */
	public static Optional<BigDecimal> returnOnSpend(BigDecimal spend, BigDecimal revenue) {
		Objects.requireNonNull(revenue, "revenue");
		if (requireNonNegative(spend, "spend").signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(revenue.divide(spend, MathContext.DECIMAL64));
	}

	/**
	 * Return below the floor → pause the channel (002: "ROI &lt; 1.5 → pause"): revenue ÷
	 * spend &lt; floor. Also the seeds' sales-yield floor (sales ÷ spend &lt; 0.05).
	 * Never fires without spend.
	 */
	public static boolean isBelowReturnFloor(BigDecimal spend, BigDecimal revenue, BigDecimal floor) {
		Objects.requireNonNull(floor, "floor");
		return returnOnSpend(spend, revenue).map((ratio) -> ratio.compareTo(floor) < 0).orElse(false);
	}

	/**
	 * Whether a return below its floor means money is being lost outright: revenue ÷
	 * spend &lt; 1 (the channel does not even return its spend).
	 */
	public static boolean losesMoney(BigDecimal spend, BigDecimal revenue) {
		return isBelowReturnFloor(spend, revenue, BigDecimal.ONE);
	}

	/** Share = part ÷ whole; empty when the whole is zero. */
	public static Optional<BigDecimal> share(BigDecimal part, BigDecimal whole) {
		Objects.requireNonNull(part, "part");
		if (Objects.requireNonNull(whole, "whole").signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(part.divide(whole, MathContext.DECIMAL64));
	}

	/**
	 * Share over its cap → reduce it (004: "one channel at most 28 %"): part ÷ whole &gt;
	 * cap.
	 */
	public static boolean isShareAboveCap(BigDecimal part, BigDecimal whole, BigDecimal cap) {
		Objects.requireNonNull(cap, "cap");
		return share(part, whole).map((ratio) -> ratio.compareTo(cap) > 0).orElse(false);
	}

	/**
	 * A KPI past its warning line, or a risk indicator past its threshold: the value is
	 * strictly worse than the line in the metric's direction (below it when higher is
	 * better, above it when lower is better).
	 */
	public static boolean isPastLine(Direction direction, BigDecimal value, BigDecimal line) {
		Objects.requireNonNull(direction, "direction");
		return direction.isWorse(Objects.requireNonNull(value, "value"), Objects.requireNonNull(line, "line"));
	}

	private static BigDecimal requireNonNegative(BigDecimal amount, String name) {
		if (Objects.requireNonNull(amount, name).signum() < 0) {
			throw new IllegalArgumentException(name + " must not be negative: " + amount);
		}
		return amount;
	}

}
