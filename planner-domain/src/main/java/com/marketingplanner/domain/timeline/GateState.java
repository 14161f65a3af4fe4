package com.marketingplanner.domain.timeline;

/**
 * Where a milestone gate, or one of its conditions, stands: {@code MET}, {@code NOT_MET},
 * {@code OPEN} (not decided yet: no measurement of the KPI, or a condition in words no
 * one has checked) or {@code CANNOT_EVALUATE} (the condition's KPI was deleted). A person
 * checking a condition in words records only the first three.
 */
public enum GateState {

	MET, NOT_MET, OPEN, CANNOT_EVALUATE;

	/** Whether a person may record this state on a condition in words. */
	public boolean isCheckable() {
		return this != CANNOT_EVALUATE;
	}

}
