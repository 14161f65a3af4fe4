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
 * to the same plan. {@code highRisk} marks a campaign that needs compliance approval
 * before it is launched ({@code null}: keep as it is; new campaigns are not high-risk),
 * {@code riskNote} says what the review must look at. {@code version} is the version read
 * (edits only).
 */
@EndNotBeforeStart(start = "startDate", end = "endDate")
public record CampaignCommand(@NotBlank @Size(max = 300) String name, @Size(max = 20000) String description,
		List<String> channels, @NotNull LocalDate startDate, @NotNull LocalDate endDate, Long budgetLineId,
		Set<Long> kpiIds, Long version, Boolean highRisk, @Size(max = 20000) String riskNote) {

	/** A campaign without a decision about its risk (kept as it is on edits). */
	public CampaignCommand(String name, String description, List<String> channels, LocalDate startDate,
			LocalDate endDate, Long budgetLineId, Set<Long> kpiIds, Long version) {
		this(name, description, channels, startDate, endDate, budgetLineId, kpiIds, version, null, null);
	}

	/** A new campaign with a name and dates only. */
	public static CampaignCommand of(String name, LocalDate startDate, LocalDate endDate) {
		return new CampaignCommand(name, null, List.of(), startDate, endDate, null, Set.of(), null);
	}

}
