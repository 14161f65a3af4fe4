package com.marketingplanner.web.organisation;

import java.util.List;

import com.marketingplanner.domain.organisation.Staffing;

/**
 * A plan's whole organisation: its team units, the headcount of each version of the team
 * ({@code staffing}), its partners and vendors, and its costs outside the budget.
 */
public record OrganisationResponse(List<TeamUnitResponse> team, List<Staffing> staffing, List<PartnerResponse> partners,
		List<OffBudgetCostResponse> offBudgetCosts) {
}
