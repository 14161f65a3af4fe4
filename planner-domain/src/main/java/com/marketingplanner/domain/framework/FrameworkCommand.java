package com.marketingplanner.domain.framework;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a framework: its kind, name (unique within the plan), description, the
 * section of the source it comes from ({@code 4.3}, {@code 02 市场分析}), and its items in
 * their order. On an edit, {@code items} null keeps the items as they are (a form that
 * edits only the heading); a list replaces them. {@code position} orders the plan's
 * frameworks (null = last); {@code version} is the version read (edits only).
 */
public record FrameworkCommand(@NotNull FrameworkKind kind, @NotBlank @Size(max = 200) String name,
		@Size(max = 5000) String description, @Size(max = 200) String sourceSection,
		@Size(max = Framework.MAX_ITEMS) List<@Valid @NotNull FrameworkItemCommand> items,
		@PositiveOrZero Integer position, Long version) {
}
