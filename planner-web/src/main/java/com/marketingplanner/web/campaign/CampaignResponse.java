package com.marketingplanner.web.campaign;

import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.domain.campaign.Campaign;

/** A campaign as the API returns it; {@code channels} are catalog codes. */
public record CampaignResponse(long id, String name, String description, List<String> channels, LocalDate startDate,
		LocalDate endDate, Long budgetLineId, List<Long> kpiIds, long version) {

	static CampaignResponse from(Campaign campaign) {
		return new CampaignResponse(campaign.getId(), campaign.getName(), campaign.getDescription(),
				campaign.getChannelCodes(), campaign.getStartDate(), campaign.getEndDate(), campaign.getBudgetLineId(),
				campaign.getKpiIds().stream().sorted().toList(), campaign.getVersion());
	}

}
