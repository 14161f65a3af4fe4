package com.marketingplanner.domain.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.shared.EndNotBeforeStart;

/**
 * Adds or edits a campaign. {@code channels} are channel codes from the catalog
 * ({@code douyin}, {@code tmall}, …); {@code budgetLineId} and {@code kpiIds} must belong
 * to the same plan. {@code version} is the version read (edits only).
 */
@EndNotBeforeStart(start = "startDate", end = "endDate")
public record CampaignCommand(@NotBlank @Size(max = 300) String name, @Size(max = 20000) String description,
		List<String> channels, @NotNull LocalDate startDate, @NotNull LocalDate endDate, Long budgetLineId,
		Set<Long> kpiIds, Long version) {

	/** A new campaign with a name and dates only. */
	public static CampaignCommand of(String name, LocalDate startDate, LocalDate endDate) {
		return new CampaignCommand(name, null, List.of(), startDate, endDate, null, Set.of(), null);
	}

}
