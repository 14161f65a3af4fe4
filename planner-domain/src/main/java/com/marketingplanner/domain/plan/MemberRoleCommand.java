package com.marketingplanner.domain.plan;

import jakarta.validation.constraints.NotNull;

/** Gives a member another role; {@code version} is the membership's version read. */
public record MemberRoleCommand(@NotNull MemberRole role, @NotNull Long version) {
}
