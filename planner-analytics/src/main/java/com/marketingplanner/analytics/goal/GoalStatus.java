package com.marketingplanner.analytics.goal;

/**
 * Traffic-light status of a goal from its three levels baseline / target / challenge
 * (seed digest row 21: &lt; baseline red, baseline..target amber, ≥ target green, ≥
 * challenge stretch), always read in the goal's {@link Direction}.
 */
public enum GoalStatus {

	/** No actual value has been recorded yet. */
	NOT_MEASURED,

	/**
	 * The goal cannot be evaluated: the type needs a baseline or a benchmark that is
	 * missing, or the levels themselves are not defined (e.g. a relative change against a
	 * zero baseline).
	 */
	UNDEFINED,

	/** Red: worse than the baseline. */
	BELOW_BASELINE,

	/**
	 * Amber: at or better than the baseline (or no baseline given) but short of the
	 * target.
	 */
	BELOW_TARGET,

	/** Green: the target is reached. */
	ON_TARGET,

	/** The challenge (stretch) level is reached as well. */
	STRETCH_MET

}
