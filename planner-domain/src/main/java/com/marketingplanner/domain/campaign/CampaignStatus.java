package com.marketingplanner.domain.campaign;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of a campaign: PLANNED → ACTIVE (launched) → COMPLETED, or CANCELLED. A
 * high-risk campaign goes through compliance review first: PLANNED → IN_REVIEW → APPROVED
 * → ACTIVE; review may return it to PLANNED, and an approved campaign may be reopened
 * (its approval lapses).
 */
public enum CampaignStatus {

	PLANNED, IN_REVIEW, APPROVED, ACTIVE, COMPLETED, CANCELLED;

	/**
	 * The statuses this one may change to (for any campaign; high-risk ones need
	 * approval).
	 */
	public Set<CampaignStatus> next() {
		return switch (this) {
			case PLANNED -> EnumSet.of(IN_REVIEW, ACTIVE, CANCELLED);
			case IN_REVIEW -> EnumSet.of(PLANNED, APPROVED, CANCELLED);
			case APPROVED -> EnumSet.of(PLANNED, ACTIVE, CANCELLED);
			case ACTIVE -> EnumSet.of(COMPLETED, CANCELLED);
			case COMPLETED, CANCELLED -> EnumSet.noneOf(CampaignStatus.class);
		};
	}

	public boolean canChangeTo(CampaignStatus target) {
		return next().contains(target);
	}

}
