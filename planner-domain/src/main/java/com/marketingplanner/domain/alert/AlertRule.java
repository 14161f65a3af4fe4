package com.marketingplanner.domain.alert;

/**
 * The early-warning rules of the seeds (design.md "Guardrails / early warning"; seed
 * digest row 29), each with what the plan says to do when it fires.
 */
public enum AlertRule {

	/** A channel's revenue ÷ spend is under the ROI or sales-yield floor: pause it. */
	ROI_BELOW_FLOOR,

	/**
	 * A month's spend is past the overspend-freeze threshold: freeze the non-core
	 * channels.
	 */
	OVERSPEND,

	/** A channel's share is above its cap: bring it back under the cap. */
	SHARE_ABOVE_CAP,

	/**
	 * A KPI is worse than its warning line (its baseline): review the KPI and its
	 * drivers.
	 */
	KPI_PAST_WARNING_LINE,

	/**
	 * A risk's early-warning indicator is past its threshold: start the planned response.
	 */
	RISK_INDICATOR_PAST_THRESHOLD

}
