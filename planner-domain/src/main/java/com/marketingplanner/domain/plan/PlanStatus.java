package com.marketingplanner.domain.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of a plan (ADR 0071): DRAFT → IN_REVIEW → APPROVED → ACTIVE → CLOSED →
 * ARCHIVED. A plan in review goes back to DRAFT when its author withdraws it or an
 * approver returns it; an approved or active plan goes back to DRAFT only as a new
 * revision. Drafts, plans in review and approved plans may be archived. The content of a
 * plan (header, sections, goals, KPIs, budget, timeline, risks, campaigns) changes only
 * in DRAFT; execution records (measurements, spend, milestone and risk status, campaign
 * launches) are kept while the plan is open (not CLOSED or ARCHIVED).
 */
public enum PlanStatus {

	DRAFT, IN_REVIEW, APPROVED, ACTIVE, CLOSED, ARCHIVED;

	/** The statuses this one may change to. */
	public Set<PlanStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(IN_REVIEW, ARCHIVED);
			case IN_REVIEW -> EnumSet.of(DRAFT, APPROVED, ARCHIVED);
			case APPROVED -> EnumSet.of(DRAFT, ACTIVE, ARCHIVED);
			case ACTIVE -> EnumSet.of(DRAFT, CLOSED);
			case CLOSED -> EnumSet.of(ARCHIVED);
			case ARCHIVED -> EnumSet.noneOf(PlanStatus.class);
		};
	}

	public boolean canChangeTo(PlanStatus target) {
		return next().contains(target);
	}

	/** Whether the plan's content may be changed in this status (only drafts). */
	public boolean allowsContentChanges() {
		return this == DRAFT;
	}

	/**
	 * Whether the plan still takes execution records (measurements, spend, status of
	 * milestones, risks and campaigns): every status but CLOSED and ARCHIVED.
	 */
	public boolean isOpen() {
		return this != CLOSED && this != ARCHIVED;
	}

}
