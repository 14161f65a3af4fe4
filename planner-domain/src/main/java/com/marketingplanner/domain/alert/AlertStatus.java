package com.marketingplanner.domain.alert;

/** Where an alert stands: raised, seen by a planner, dealt with. */
public enum AlertStatus {

	/** Raised and not looked at yet. */
	OPEN,

	/** A planner has seen it and is on it. */
	ACKNOWLEDGED,

	/** Dealt with; the same rule firing again raises a new alert. */
	RESOLVED

}
