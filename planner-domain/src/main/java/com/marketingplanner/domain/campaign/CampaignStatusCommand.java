package com.marketingplanner.domain.campaign;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Moves a campaign along its life cycle; {@code version} is the version read. Each target
 * stands for one intention: IN_REVIEW submits for compliance review; APPROVED approves
 * (an approver who is not an author of the plan); PLANNED withdraws or reopens (an
 * author) or returns for changes (an approver; {@code comment} required); ACTIVE
 * launches; COMPLETED completes; CANCELLED cancels.
 */
public record CampaignStatusCommand(@NotNull CampaignStatus status, @NotNull Long version,
		@Size(max = 10000) String comment) {

	public CampaignStatusCommand(CampaignStatus status, Long version) {
		this(status, version, null);
	}

}
