package com.marketingplanner.web.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.analytics.AttributionService.Attribution;
import com.marketingplanner.domain.analytics.AttributionService.Row;
import com.marketingplanner.domain.shared.DateRange;

/**
 * Attribution of a plan's period as the API shows it: {@code rows} of {@code {model,
 * channel, conversions, value, share}} for every model asked, with the channel's actual
 * spend and its ROI ((value − spend) ÷ spend) and ROAS (value ÷ spend) under that model
 * when the spend is known; which source the journeys came from ({@code TOUCHPOINTS},
 * {@code PATH_AGGREGATES} with their periods, or {@code NONE}).
 */
public record AttributionResponse(Instant computedAt, long dataVersion, boolean cached, DateRange period, String source,
		List<DateRange> aggregatePeriods, long journeys, List<Row> rows, Map<String, BigDecimal> spend,
		String howComputed) {

	static AttributionResponse from(Attribution attribution, String howComputed) {
		return new AttributionResponse(attribution.computedAt(), attribution.dataVersion(), attribution.cached(),
				attribution.period(), attribution.source().name(), attribution.aggregatePeriods(),
				attribution.journeys(), attribution.rows(), attribution.spend(), howComputed);
	}

}
