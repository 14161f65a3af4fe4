package com.marketingplanner.domain.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of a plan: DRAFT → IN_REVIEW → APPROVED → ACTIVE → CLOSED, with review
 * sending a plan back to DRAFT, and ARCHIVED reachable from every status but ACTIVE (an
 * active plan is closed first). CLOSED and ARCHIVED plans are read-only.
 */
public enum PlanStatus {

	DRAFT, IN_REVIEW, APPROVED, ACTIVE, CLOSED, ARCHIVED;

	/** The statuses this one may change to. */
	public Set<PlanStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(IN_REVIEW, ARCHIVED);
			case IN_REVIEW -> EnumSet.of(DRAFT, APPROVED, ARCHIVED);
			case APPROVED -> EnumSet.of(DRAFT, ACTIVE, ARCHIVED);
			case ACTIVE -> EnumSet.of(CLOSED);
			case CLOSED -> EnumSet.of(ARCHIVED);
			case ARCHIVED -> EnumSet.noneOf(PlanStatus.class);
		};
	}

	public boolean canChangeTo(PlanStatus target) {
		return next().contains(target);
	}

	/** Whether the plan's content may still be edited in this status. */
	public boolean isEditable() {
		return this != CLOSED && this != ARCHIVED;
	}

}
