package com.marketingplanner.domain.organisation;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a team unit: its name, the version of the organisation it belongs to
 * ({@code scheme}, null = the main one), its headcount as a range
 * ({@code headcountMin}–{@code headcountMax}, either open, equal for an exact count)
 * and/or a share of the staff in percent, its structure ({@code leads} +
 * {@code specialistsMin}–{@code specialistsMax}), named roles (one per line),
 * responsibilities and a note; how it recruits ({@code recruitmentChannels} in order,
 * with a {@code recruitmentNote}) and the cycle of a programme it runs in months
 * ({@code programmeCycleMonths}). {@code position} orders the units (null = last);
 * {@code version} is the version read (edits only).
 */
public record TeamUnitCommand(@NotBlank @Size(max = 200) String name, @Size(max = 100) String scheme,
		@PositiveOrZero Integer headcountMin, @PositiveOrZero Integer headcountMax,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3,
				fraction = 4) BigDecimal staffShare,
		@PositiveOrZero Integer leads, @PositiveOrZero Integer specialistsMin, @PositiveOrZero Integer specialistsMax,
		@Size(max = 5000) String roles, @Size(max = 5000) String responsibilities, @Size(max = 5000) String note,
		@Size(max = 4) List<@NotNull RecruitmentChannel> recruitmentChannels, @Size(max = 5000) String recruitmentNote,
		@Positive Integer programmeCycleMonths, @PositiveOrZero Integer position, Long version) {
}
