package com.marketingplanner.domain.timeline;

import java.util.List;

import com.marketingplanner.domain.shared.DateRange;

/**
 * A plan's whole timeline: its phases in date order, each with its milestones in due-date
 * order, the milestones without a phase, and the warnings.
 */
public record TimelineOverview(DateRange planPeriod, List<PhaseMilestones> phases, List<Milestone> unphased,
		List<TimelineWarning> warnings) {

	/** A phase and its milestones in due-date order. */
	public record PhaseMilestones(Phase phase, List<Milestone> milestones) {
	}

}
