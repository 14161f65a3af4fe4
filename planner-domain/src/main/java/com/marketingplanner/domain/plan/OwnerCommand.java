package com.marketingplanner.domain.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Hands a plan to another owner; {@code version} is the plan's version read. The previous
 * owner stays an editor.
 */
public record OwnerCommand(@NotBlank @Size(max = 100) String username, @NotNull Long version) {
}
