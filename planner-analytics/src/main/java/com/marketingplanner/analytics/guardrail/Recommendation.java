package com.marketingplanner.analytics.guardrail;

/** What the plan's rules say to do about a {@link Finding} (seed digest row 29). */
public enum Recommendation {

	/** Pause the channel (002: ROI &lt; 1.5 → pause). */
	PAUSE_CHANNEL,

	/**
	 * Freeze the non-core channels (002: monthly overspend &gt; 10 % → freeze non-core).
	 */
	FREEZE_NON_CORE_CHANNELS,

	/** Bring the channel back under its share cap. */
	REDUCE_CHANNEL_SHARE,

	/** Review the KPI and its drivers. */
	REVIEW_KPI,

	/** Start the response planned for the risk. */
	ACTIVATE_RISK_RESPONSE

}
