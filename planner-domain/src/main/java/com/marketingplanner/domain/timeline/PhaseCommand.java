package com.marketingplanner.domain.timeline;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.shared.EndNotBeforeStart;

/**
 * Adds or edits a phase. {@code scheme} names the breakdown of the plan's time the phase
 * belongs to (null = the plan's main one; phases of one scheme should not overlap).
 * {@code position} orders phases that start on the same day (null = after the others).
 * {@code version} is the version read (edits only).
 */
@EndNotBeforeStart(start = "startDate", end = "endDate")
public record PhaseCommand(@NotBlank @Size(max = 200) String name, @NotNull LocalDate startDate,
		@NotNull LocalDate endDate, @Size(max = 20000) String focus, @Size(max = 100) String scheme,
		@PositiveOrZero Integer position, Long version) {

	/** A phase of the plan's main scheme. */
	public PhaseCommand(String name, LocalDate startDate, LocalDate endDate, String focus, Integer position,
			Long version) {
		this(name, startDate, endDate, focus, null, position, version);
	}

}
