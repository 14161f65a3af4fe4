package com.marketingplanner.domain.goal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a goal. {@code parentId} null = a top-level goal of the plan;
 * {@code version} is the version read (edits only).
 */
public record GoalCommand(@NotBlank @Size(max = 300) String title, @Size(max = 20000) String description,
		@NotNull GoalCategory category, @NotNull GoalHorizon horizon, @Size(max = 100) String horizonLabel,
		Long parentId, @Size(max = 200) String owner, Long version) {
}
