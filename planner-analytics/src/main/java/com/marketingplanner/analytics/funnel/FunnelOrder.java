package com.marketingplanner.analytics.funnel;

/**
 * How strictly a user's events must follow the funnel's step order (design.md "Funnel
 * from events"). Events are taken in time order; events with the same timestamp are taken
 * in step order, so a step and the next one logged in the same millisecond count as in
 * order. Events whose name is not a step of the funnel are ignored in every mode.
 */
public enum FunnelOrder {

	/**
	 * Steps 1..k occur in this order; any events (including other funnel steps and
	 * repeats) may occur between them. As ClickHouse {@code windowFunnel} without
	 * options.
	 */
	LOOSE,

	/**
	 * Steps 1..k occur in this order with no other funnel event between two consecutive
	 * steps: after step j is reached, the next funnel event must be step j + 1 or a
	 * repeat of step j (a page reload); any other funnel event — an earlier step, a later
	 * step out of turn — ends that attempt, and only a new step-1 event starts another.
	 * As ClickHouse {@code windowFunnel(…)('strict_order')}, except that events which are
	 * not funnel steps are ignored here rather than ending the attempt.
	 */
	STRICT,

	/**
	 * Steps 1..k each occur at least once, in any order, within one span of time no
	 * longer than the window (the per-step windows apply to the span from the span's
	 * first event).
	 */
	ANY

}
