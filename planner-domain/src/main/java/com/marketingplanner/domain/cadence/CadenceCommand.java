package com.marketingplanner.domain.cadence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.shared.Frequency;

/**
 * Adds or edits an entry of the plan's rhythm. {@code frequency} null = not stated
 * ("periodic"); {@code timesPerPeriod} for "≥ 3 times a month"; {@code firstWeek} /
 * {@code lastWeek} the plan weeks it applies to (1 = the plan's first week; null = from
 * the start / to the end); {@code metricCount} the metrics a report carries;
 * {@code position} orders the entries (null = last).
 */
public record CadenceCommand(@NotBlank @Size(max = 200) String name, @NotNull CadenceKind kind, Frequency frequency,
		@Positive Integer timesPerPeriod, @Positive Integer firstWeek, @Positive Integer lastWeek,
		@Positive Integer durationMinutes, @Size(max = 300) String owner, @Size(max = 1000) String participants,
		@Size(max = 20000) String agenda, @Positive Integer metricCount, @PositiveOrZero Integer position,
		Long version) {
}
