package com.marketingplanner.domain.operations;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a tool of the plan's stack: its name and {@code category}, its
 * {@code purpose}, its owner (a team unit of the plan by id and/or in words), whether it
 * is in use or {@code PLANNED}, and for a planned one either a date ({@code plannedBy})
 * or a month of the plan ({@code plannedMonth}, 1 = the first) it is due by.
 * {@code position} orders the tools (null = last); {@code version} is the version read
 * (edits only).
 */
public record PlanToolCommand(@NotBlank @Size(max = 200) String name, @NotNull ToolCategory category,
		@Size(max = 5000) String purpose, Long ownerUnitId, @Size(max = 200) String owner, @NotNull ToolStatus status,
		LocalDate plannedBy, @Positive @Max(600) Integer plannedMonth, @Size(max = 5000) String note,
		@PositiveOrZero Integer position, Long version) {
}
