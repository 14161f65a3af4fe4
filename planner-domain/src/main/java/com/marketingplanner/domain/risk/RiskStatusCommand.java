package com.marketingplanner.domain.risk;

import jakarta.validation.constraints.NotNull;

/** Moves a risk to another status; {@code version} is the version the client read. */
public record RiskStatusCommand(@NotNull RiskStatus status, @NotNull Long version) {
}
