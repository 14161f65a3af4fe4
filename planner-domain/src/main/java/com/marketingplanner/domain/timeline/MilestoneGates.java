package com.marketingplanner.domain.timeline;

import java.util.Map;

/**
 * The evaluated gates of a set of milestones, by milestone id (see
 * {@link MilestoneService#gates(long)}).
 */
public record MilestoneGates(Map<Long, GateEvaluation> byMilestone) {

	public MilestoneGates {
		byMilestone = Map.copyOf(byMilestone);
	}

	/** The milestone's evaluated gate, or {@code null} when it has none. */
	public GateEvaluation of(Milestone milestone) {
		return this.byMilestone.get(milestone.getId());
	}

	/** The gate's state, or {@code null} when the milestone has none. */
	public GateState stateOf(Milestone milestone) {
		GateEvaluation evaluation = of(milestone);
		return (evaluation != null) ? evaluation.state() : null;
	}

}
