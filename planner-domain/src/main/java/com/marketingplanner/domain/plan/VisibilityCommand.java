package com.marketingplanner.domain.plan;

import jakarta.validation.constraints.NotNull;

/** Opens a plan to the organisation or restricts it to its members. */
public record VisibilityCommand(@NotNull PlanVisibility visibility, @NotNull Long version) {
}
