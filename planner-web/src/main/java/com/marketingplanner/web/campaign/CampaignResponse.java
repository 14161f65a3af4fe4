package com.marketingplanner.web.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.marketingplanner.domain.campaign.Campaign;
import com.marketingplanner.domain.campaign.CampaignStatus;

/**
 * A campaign as the API returns it; {@code channels} are catalog codes. A high-risk
 * campaign ({@code riskNote}: what compliance must look at) needs approval before it is
 * launched; {@code approvedBy} is a username.
 */
public record CampaignResponse(long id, String name, String description, List<String> channels, LocalDate startDate,
		LocalDate endDate, Long budgetLineId, List<Long> kpiIds, long version, CampaignStatus status,
		Set<CampaignStatus> allowedTransitions, boolean highRisk, String riskNote, String approvedBy,
		Instant approvedAt) {

	static CampaignResponse from(Campaign campaign) {
		return new CampaignResponse(campaign.getId(), campaign.getName(), campaign.getDescription(),
				campaign.getChannelCodes(), campaign.getStartDate(), campaign.getEndDate(), campaign.getBudgetLineId(),
				campaign.getKpiIds().stream().sorted().toList(), campaign.getVersion(), campaign.getStatus(),
				campaign.getStatus().next(), campaign.isHighRisk(), campaign.getRiskNote(),
				(campaign.getApprovedBy() != null) ? campaign.getApprovedBy().getUsername() : null,
				campaign.getApprovedAt());
	}

}
