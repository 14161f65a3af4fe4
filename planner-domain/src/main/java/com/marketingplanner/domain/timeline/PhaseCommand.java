package com.marketingplanner.domain.timeline;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.shared.EndNotBeforeStart;

/**
 * Adds or edits a phase. {@code position} orders phases that start on the same day (null
 * = after the others). {@code version} is the version read (edits only).
 */
@EndNotBeforeStart(start = "startDate", end = "endDate")
public record PhaseCommand(@NotBlank @Size(max = 200) String name, @NotNull LocalDate startDate,
		@NotNull LocalDate endDate, @Size(max = 20000) String focus, @PositiveOrZero Integer position, Long version) {
}
