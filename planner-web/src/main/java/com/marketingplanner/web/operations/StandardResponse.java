package com.marketingplanner.web.operations;

import com.marketingplanner.domain.operations.OperatingStandard;

/** An operating standard (SOP) as the API returns it. */
public record StandardResponse(long id, String name, String scope, Integer scenarioCount, Integer timeLimitHours,
		Integer leadTimeDays, String checks, String owner, String note, int position, long version) {

	static StandardResponse from(OperatingStandard standard) {
		return new StandardResponse(standard.getId(), standard.getName(), standard.getScope(),
				standard.getScenarioCount(), standard.getTimeLimitHours(), standard.getLeadTimeDays(),
				standard.getChecks(), standard.getOwner(), standard.getNote(), standard.getPosition(),
				standard.getVersion());
	}

}
