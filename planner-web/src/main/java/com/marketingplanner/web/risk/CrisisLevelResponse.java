package com.marketingplanner.web.risk;

import com.marketingplanner.domain.risk.CrisisLevel;

/** A level of the crisis playbook as the API returns it. */
public record CrisisLevelResponse(long id, String name, String criteria, String actions, String owner,
		Integer responseMinutes, Integer resolutionMinutes, int position, long version) {

	static CrisisLevelResponse from(CrisisLevel level) {
		return new CrisisLevelResponse(level.getId(), level.getName(), level.getCriteria(), level.getActions(),
				level.getOwner(), level.getResponseMinutes(), level.getResolutionMinutes(), level.getPosition(),
				level.getVersion());
	}

}
