package com.marketingplanner.domain.plan;

import jakarta.validation.constraints.NotNull;

/** Moves a plan to another status; {@code version} is the version the client read. */
public record PlanStatusCommand(@NotNull PlanStatus status, @NotNull Long version) {
}
