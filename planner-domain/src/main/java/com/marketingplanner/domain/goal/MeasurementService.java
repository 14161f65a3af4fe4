package com.marketingplanner.domain.goal;

import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measured values of a KPI. A measurement is recorded or deleted, never edited, so it
 * carries no version.
 */
@Service
@Transactional(readOnly = true)
public class MeasurementService {

	private final PlanService plans;

	private final KpiService kpis;

	private final KpiMeasurementRepository measurements;

	public MeasurementService(PlanService plans, KpiService kpis, KpiMeasurementRepository measurements) {
		this.plans = plans;
		this.kpis = kpis;
		this.measurements = measurements;
	}

	/** The KPI's measurements, newest first. */
	public List<KpiMeasurement> list(long planId, long kpiId) {
		this.kpis.get(planId, kpiId);
		return this.measurements.findNewestFirst(kpiId);
	}

	public KpiMeasurement get(long planId, long kpiId, long measurementId) {
		this.kpis.get(planId, kpiId);
		KpiMeasurement measurement = this.measurements.findById(measurementId)
			.orElseThrow(() -> new ResourceNotFoundException("Measurement", measurementId));
		if (!measurement.getKpi().getId().equals(kpiId)) {
			throw new ResourceNotFoundException("Measurement", measurementId);
		}
		return measurement;
	}

	@Transactional
	public KpiMeasurement add(long planId, long kpiId, MeasurementCommand command) {
		this.plans.getOpen(planId);
		Kpi kpi = this.kpis.get(planId, kpiId);
		KpiMeasurement measurement = new KpiMeasurement(kpi, period(command.periodStart(), command.periodEnd()),
				command.value(), command.source(), command.note());
		return this.measurements.save(measurement);
	}

	@Transactional
	public void delete(long planId, long kpiId, long measurementId) {
		this.plans.getOpen(planId);
		this.measurements.delete(get(planId, kpiId, measurementId));
		this.measurements.flush();
	}

	private static DateRange period(LocalDate start, LocalDate end) {
		if (start == null) {
			throw new BusinessRuleViolation("periodStart", "error.measurement.period-required",
					"A measurement needs the start and end of its period");
		}
		if (end == null) {
			throw new BusinessRuleViolation("periodEnd", "error.measurement.period-required",
					"A measurement needs the start and end of its period");
		}
		if (end.isBefore(start)) {
			throw new BusinessRuleViolation("periodEnd", "error.measurement.end-before-start",
					"The period ends on " + end + ", before it starts on " + start, start, end);
		}
		return new DateRange(start, end);
	}

}
