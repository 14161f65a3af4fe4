package com.marketingplanner.domain.timeline;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of a milestone: PLANNED → IN_PROGRESS → DONE, with MISSED when the due
 * date passed without the deliverable and CANCELLED when it is dropped. A missed
 * milestone may still be resumed or completed late; DONE and CANCELLED are final.
 */
public enum MilestoneStatus {

	PLANNED, IN_PROGRESS, DONE, MISSED, CANCELLED;

	/** The statuses this one may change to. */
	public Set<MilestoneStatus> next() {
		return switch (this) {
			case PLANNED -> EnumSet.of(IN_PROGRESS, DONE, MISSED, CANCELLED);
			case IN_PROGRESS -> EnumSet.of(DONE, MISSED, CANCELLED);
			case MISSED -> EnumSet.of(IN_PROGRESS, DONE, CANCELLED);
			case DONE, CANCELLED -> EnumSet.noneOf(MilestoneStatus.class);
		};
	}

	public boolean canChangeTo(MilestoneStatus target) {
		return next().contains(target);
	}

	/** Whether nothing more will happen to a milestone in this status. */
	public boolean isFinal() {
		return this == DONE || this == CANCELLED;
	}

}
