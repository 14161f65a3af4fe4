package com.marketingplanner.domain.budget;

/**
 * How much a budget-check finding matters. Neither ever blocks a save: the plan may hold
 * inconsistent numbers, the check only points them out.
 */
public enum WarningSeverity {

	/**
	 * Worth knowing, nothing is wrong (e.g. money left unallocated, a rule not yet
	 * measurable).
	 */
	INFO,
	/** A number contradicts the plan or one of its rules. */
	WARNING

}
