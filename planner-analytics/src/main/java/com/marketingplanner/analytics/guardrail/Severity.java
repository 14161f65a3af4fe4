package com.marketingplanner.analytics.guardrail;

/** How urgently a {@link Finding} needs attention. */
public enum Severity {

	/** Worth a look. */
	INFO,

	/** Act within the reporting cycle. */
	WARNING,

	/** Act now: money is being lost or the plan's own stop rule has fired. */
	CRITICAL

}
