package com.marketingplanner.web.context;

import java.math.BigDecimal;

import com.marketingplanner.domain.context.ContextMetric;
import com.marketingplanner.domain.context.ContextQualifier;

/**
 * A context figure as the API returns it: a value in {@code unit} (a range up to
 * {@code upperValue}; bounded by {@code qualifier}), a change in percent against
 * {@code changeBasis}, a comparison, the year it is as of, the source section and a note.
 */
public record ContextMetricResponse(long id, String name, ContextQualifier qualifier, BigDecimal value,
		BigDecimal upperValue, String unit, BigDecimal changePercent, String changeBasis, BigDecimal comparisonValue,
		String comparisonLabel, Integer asOfYear, String sourceSection, String note, int position, long version) {

	static ContextMetricResponse from(ContextMetric metric) {
		return new ContextMetricResponse(metric.getId(), metric.getName(), metric.getQualifier(), metric.getValue(),
				metric.getUpperValue(), metric.getUnit(), metric.getChangePercent(), metric.getChangeBasis(),
				metric.getComparisonValue(), metric.getComparisonLabel(), metric.getAsOfYear(),
				metric.getSourceSection(), metric.getNote(), metric.getPosition(), metric.getVersion());
	}

}
