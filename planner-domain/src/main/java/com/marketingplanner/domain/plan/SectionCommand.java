package com.marketingplanner.domain.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a section. {@code parentId} null = top level; {@code position} null =
 * after the last sibling. {@code version} is the version read (edits only).
 */
public record SectionCommand(Long parentId, @PositiveOrZero Integer position, @NotBlank @Size(max = 300) String heading,
		@Size(max = 100000) String body, Long version) {
}
