package com.marketingplanner.domain.risk;

/**
 * How a risk trigger compares a measured value with its line (seed 002's warnings: "ROI <
 * 1.5", "overspend > 10 %", "price change > 5 %", "bounce > 60 %"), or a signal watched
 * without a line. Comparisons are strict: a value exactly on its line does not fire.
 */
public enum TriggerCondition {

	/** value &gt; line. */
	ABOVE(">"),

	/** value &lt; line. */
	BELOW("<"),

	/** line &lt; value &lt; upper line. */
	BETWEEN("∈"),

	/**
	 * The value moved by more than {@code line} percent (either way) over the trigger's
	 * period, or since the previous measurement when no period is given.
	 */
	CHANGE_BEYOND("Δ>"),

	/**
	 * A watched signal without a threshold: the plan names what to watch (000: 异常流量波动,
	 * 价格异常变动; 002: 负面情绪指数 "突破阈值", the threshold not given) but no line to compare with,
	 * so it never fires and the alerts do not evaluate it; the register says so.
	 */
	SIGNAL("⚑");

	private final String symbol;

	TriggerCondition(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return this.symbol;
	}

	/** Whether the condition compares with a line (every condition but SIGNAL). */
	public boolean hasThreshold() {
		return this != SIGNAL;
	}

}
