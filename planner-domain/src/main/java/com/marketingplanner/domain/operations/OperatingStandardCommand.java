package com.marketingplanner.domain.operations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits an operating standard (SOP): its name and {@code scope}, the number of
 * scenarios it covers, the time limit of its work in hours, how many days ahead the work
 * starts, the {@code checks} it requires, its {@code owner} and a note. {@code position}
 * orders the standards (null = last); {@code version} is the version read (edits only).
 */
public record OperatingStandardCommand(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String scope,
		@Positive @Max(100000) Integer scenarioCount, @Positive @Max(100000) Integer timeLimitHours,
		@Positive @Max(3650) Integer leadTimeDays, @Size(max = 500) String checks, @Size(max = 200) String owner,
		@Size(max = 5000) String note, @PositiveOrZero Integer position, Long version) {
}
