package com.marketingplanner.analytics.optimiser;

/** Why a channel got the spend the optimiser recommends. */
public enum AllocationReason {

	/** Its marginal return equals the common level λ of all unconstrained channels. */
	MARGINAL_RETURN_EQUALISED,

	/** Held at its minimum share: its marginal return there is below λ. */
	AT_MIN_SHARE,

	/** Held at its maximum share: its marginal return there is still above λ. */
	AT_MAX_SHARE,

	/** Held at its absolute cap. */
	AT_CAP,

	/** Held where its average return (ROAS) falls to the ROI floor. */
	AT_ROI_FLOOR,

	/**
	 * Its minimum share lies beyond the ROI floor: the plan's minimum wins and the
	 * channel returns less than the floor there.
	 */
	MIN_SHARE_BELOW_ROI_FLOOR

}
