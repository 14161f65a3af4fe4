package com.marketingplanner.web.goal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.analytics.goal.GoalStatus;
import com.marketingplanner.domain.goal.GoalCategory;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiCommand;
import com.marketingplanner.domain.goal.KpiFilter;
import com.marketingplanner.domain.goal.KpiService;
import com.marketingplanner.domain.goal.MeasurementCommand;
import com.marketingplanner.domain.goal.MeasurementService;
import com.marketingplanner.web.api.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans/{planId}/kpis")
@Validated
@Tag(name = "KPIs", description = "KPIs of a plan with measurements, attainment and status")
class KpiApiController {

	private final KpiService kpis;

	private final MeasurementService measurements;

	private final KpiViews views;

	KpiApiController(KpiService kpis, MeasurementService measurements, KpiViews views) {
		this.kpis = kpis;
		this.measurements = measurements;
		this.views = views;
	}

	@GetMapping
	@Operation(summary = "List the plan's KPIs with latest measurement, attainment and status; "
			+ "filtered by goal, category (own or the goal's), benchmark-case flag and status")
	PageResponse<KpiResponse> list(@PathVariable long planId, @RequestParam(required = false) Long goalId,
			@RequestParam(required = false) GoalCategory category,
			@RequestParam(required = false) Boolean benchmarkCase, @RequestParam(required = false) GoalStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		var result = this.kpis.list(planId, new KpiFilter(goalId, category, benchmarkCase), status,
				PageRequest.of(page, size));
		List<KpiResponse> items = this.views.of(result.getContent()).stream().map(KpiResponse::from).toList();
		return new PageResponse<>(items, result.getNumber(), result.getSize(), result.getTotalElements(),
				result.getTotalPages());
	}

	@GetMapping("/{kpiId}")
	@Operation(summary = "Read one KPI with its attainment and status")
	KpiResponse get(@PathVariable long planId, @PathVariable long kpiId) {
		return KpiResponse.from(this.views.of(this.kpis.get(planId, kpiId)));
	}

	@PostMapping
	@Operation(summary = "Add a KPI under a goal (goalId) or directly under the plan")
	ResponseEntity<KpiResponse> create(@PathVariable long planId, @Valid @RequestBody KpiCommand command) {
		Kpi kpi = this.kpis.create(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/kpis/" + kpi.getId()))
			.body(KpiResponse.from(this.views.of(kpi)));
	}

	@PutMapping("/{kpiId}")
	@Operation(summary = "Edit a KPI; send the version you read (409 when stale)")
	KpiResponse update(@PathVariable long planId, @PathVariable long kpiId, @Valid @RequestBody KpiCommand command) {
		return KpiResponse.from(this.views.of(this.kpis.update(planId, kpiId, command)));
	}

	@DeleteMapping("/{kpiId}")
	@Operation(summary = "Delete a KPI with its measurements")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long kpiId, @RequestParam long version) {
		this.kpis.delete(planId, kpiId, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{kpiId}/measurements")
	@Operation(summary = "The KPI's measurements, newest period first")
	List<MeasurementResponse> measurements(@PathVariable long planId, @PathVariable long kpiId) {
		return this.measurements.list(planId, kpiId)
			.stream()
			.map((measurement) -> MeasurementResponse.from(kpiId, measurement))
			.toList();
	}

	@PostMapping("/{kpiId}/measurements")
	@Operation(summary = "Record a measured value of the KPI over a period")
	ResponseEntity<MeasurementResponse> addMeasurement(@PathVariable long planId, @PathVariable long kpiId,
			@Valid @RequestBody MeasurementCommand command) {
		var measurement = this.measurements.add(planId, kpiId, command);
		return ResponseEntity
			.created(URI.create("/api/v1/plans/" + planId + "/kpis/" + kpiId + "/measurements/" + measurement.getId()))
			.body(MeasurementResponse.from(kpiId, measurement));
	}

	@GetMapping("/{kpiId}/measurements/{measurementId}")
	@Operation(summary = "Read one measurement of a KPI")
	MeasurementResponse measurement(@PathVariable long planId, @PathVariable long kpiId,
			@PathVariable long measurementId) {
		return MeasurementResponse.from(kpiId, this.measurements.get(planId, kpiId, measurementId));
	}

	@DeleteMapping("/{kpiId}/measurements/{measurementId}")
	@Operation(summary = "Delete a measurement of a KPI; send the version you read as ?version=")
	ResponseEntity<Void> deleteMeasurement(@PathVariable long planId, @PathVariable long kpiId,
			@PathVariable long measurementId) {
		this.measurements.delete(planId, kpiId, measurementId);
		return ResponseEntity.noContent().build();
	}

}
