package com.marketingplanner.domain.timeline;

import jakarta.validation.constraints.NotNull;

/**
 * Moves a milestone to another status; {@code version} is the version the client read.
 */
public record MilestoneStatusCommand(@NotNull MilestoneStatus status, @NotNull Long version) {
}
