package com.marketingplanner.analytics.funnel;

/**
 * Which of a user's events supplies the property value a funnel is broken down by. A user
 * is counted under exactly one value, so the breakdown's counts add up to the overall
 * funnel.
 */
public enum BreakdownSource {

	/**
	 * The step-1 event of the attempt that took the user furthest (the first such attempt
	 * in time): "where did the users who got furthest come from".
	 */
	FIRST_STEP,

	/**
	 * The event with which the user first reached their furthest step: "where were they
	 * when they got there".
	 */
	REACHED_STEP

}
