package com.marketingplanner.domain.alert;

/** How urgently an alert needs attention. */
public enum AlertSeverity {

	/** Act within the reporting cycle. */
	WARNING,

	/** Act now: money is being lost or the plan's own stop rule has fired. */
	CRITICAL

}
