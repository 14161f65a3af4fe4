package com.marketingplanner.web.risk;

import java.util.List;

import com.marketingplanner.domain.risk.RiskScenario;

/** A scenario of a risk's library as the API returns it. */
public record RiskScenarioResponse(long id, Long riskId, String title, String description, List<String> responses,
		String backupChannel, int position, long version) {

	static RiskScenarioResponse from(RiskScenario scenario) {
		return new RiskScenarioResponse(scenario.getId(), scenario.getRiskId(), scenario.getTitle(),
				scenario.getDescription(), scenario.getResponses(), scenario.getBackupChannel(), scenario.getPosition(),
				scenario.getVersion());
	}

}
