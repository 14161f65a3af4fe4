package com.marketingplanner.domain.driver;

/** What the check of a formula against its KPI's stated target finds. */
public enum FormulaStatus {

	/** The formula gives the stated target (within 0.5 %). */
	AGREES,
	/** The formula gives another target than the stated one: flagged, both kept. */
	DISAGREES,
	/** One driver has no target; the stated target implies its level. */
	IMPLIES_DRIVER,
	/** The KPI states no target; the formula gives it one. */
	DERIVES_TARGET,
	/** Drivers without a target: nothing to compare. */
	CANNOT_BE_COMPUTED;

	/** Whether the check flags the formula. */
	public boolean isFlagged() {
		return this == DISAGREES || this == CANNOT_BE_COMPUTED;
	}

}
