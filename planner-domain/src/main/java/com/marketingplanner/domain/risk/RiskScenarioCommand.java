package com.marketingplanner.domain.risk;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a scenario of a risk's library: {@code riskId} a risk of the same plan
 * (null = the plan's library), the prepared {@code responses} in order, the
 * {@code backupChannel} to fall back to (a channel code or words).
 */
public record RiskScenarioCommand(Long riskId, @NotBlank @Size(max = 300) String title,
		@Size(max = 20000) String description, @Size(max = 10) List<@Size(max = 2000) String> responses,
		@Size(max = 200) String backupChannel, @PositiveOrZero Integer position, Long version) {
}
