package com.marketingplanner.domain.budget;

/** Where a budget scenario stands. */
public enum BudgetScenarioStatus {

	/** An alternative to review (a source's second total, an optimiser's proposal). */
	DRAFT,

	/** Written into the plan's budget. */
	ADOPTED,

	/** Reviewed and set aside; kept for the record. */
	DISCARDED

}
