package com.marketingplanner.domain.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adds a person to a plan as an EDITOR or a VIEWER. */
public record MemberCommand(@NotBlank @Size(max = 100) String username, @NotNull MemberRole role) {
}
