package com.marketingplanner.domain.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a level of the crisis playbook. {@code actions} one per line;
 * {@code responseMinutes} / {@code resolutionMinutes} the committed times (30 = 30 min,
 * 240 = 4 h). {@code position} orders the levels, most severe first (null = last).
 */
public record CrisisLevelCommand(@NotBlank @Size(max = 100) String name, @Size(max = 2000) String criteria,
		@Size(max = 20000) String actions, @Size(max = 300) String owner, @Positive Integer responseMinutes,
		@Positive Integer resolutionMinutes, @PositiveOrZero Integer position, Long version) {
}
