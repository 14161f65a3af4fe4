package com.marketingplanner.web.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.marketingplanner.domain.goal.KpiMeasurement;

/** A measured value of a KPI. */
record MeasurementResponse(long id, long kpiId, LocalDate periodStart, LocalDate periodEnd, BigDecimal value,
		String source, String note, Instant recordedAt) {

	static MeasurementResponse from(long kpiId, KpiMeasurement measurement) {
		return new MeasurementResponse(measurement.getId(), kpiId, measurement.getPeriodStart(),
				measurement.getPeriodEnd(), Numbers.plain(measurement.getValue()), measurement.getSource(),
				measurement.getNote(), measurement.getRecordedAt());
	}

}
