package com.marketingplanner.web.analytics;

import java.util.List;
import java.util.Set;

import com.marketingplanner.domain.analytics.FunnelService.CountFunnel;
import com.marketingplanner.domain.shared.DateRange;

/**
 * The funnel of the channel actuals' counts (impressions → clicks → visits → orders):
 * {@code steps} as for the event funnel, the stage names in {@code event}; stages no
 * channel reported are left out and listed in {@code missingStages}.
 */
public record CountFunnelResponse(DateRange period, Set<String> channels, List<FunnelResponse.Step> steps,
		Integer bottleneck, List<String> missingStages, String howComputed) {

	static CountFunnelResponse from(CountFunnel funnel, String howComputed) {
		return new CountFunnelResponse(funnel.period(), funnel.channels(),
				(funnel.report() != null) ? FunnelResponse.steps(funnel.report()) : List.of(),
				(funnel.report() != null) ? FunnelResponse.bottleneck(funnel.report()) : null, funnel.missingStages(),
				howComputed);
	}

}
