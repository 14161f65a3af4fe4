package com.marketingplanner.domain.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Moves a plan along its life cycle; {@code version} is the version the client read. Each
 * target stands for one intention (ADR 0071): IN_REVIEW submits; APPROVED approves; DRAFT
 * withdraws (an author), returns for changes (an approver; {@code comment} required) or
 * starts a new revision (of an approved or active plan); ACTIVE activates; CLOSED closes;
 * ARCHIVED archives.
 */
public record PlanStatusCommand(@NotNull PlanStatus status, @NotNull Long version, @Size(max = 10000) String comment) {

	public PlanStatusCommand(PlanStatus status, Long version) {
		this(status, version, null);
	}

}
