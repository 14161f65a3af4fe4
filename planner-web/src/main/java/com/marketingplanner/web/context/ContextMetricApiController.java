package com.marketingplanner.web.context;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.context.ContextMetric;
import com.marketingplanner.domain.context.ContextMetricCommand;
import com.marketingplanner.domain.context.ContextMetricService;
import com.marketingplanner.web.api.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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

/** A plan's context figures: baselines and background figures that are not goals. */
@RestController
@RequestMapping("/api/v1/plans/{planId}/context-metrics")
@Validated
@Tag(name = "Context metrics",
		description = "Baselines and background figures the plan cites: neither goals nor third-party benchmarks")
class ContextMetricApiController {

	private final ContextMetricService metrics;

	ContextMetricApiController(ContextMetricService metrics) {
		this.metrics = metrics;
	}

	@GetMapping
	@Operation(summary = "List the plan's context figures in their order")
	PageResponse<ContextMetricResponse> all(@PathVariable long planId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageResponse.ofList(this.metrics.all(planId).stream().map(ContextMetricResponse::from).toList(), page,
				size);
	}

	@GetMapping("/{metricId}")
	@Operation(summary = "Read one context figure")
	ContextMetricResponse one(@PathVariable long planId, @PathVariable long metricId) {
		return ContextMetricResponse.from(this.metrics.get(planId, metricId));
	}

	@PostMapping
	@Operation(summary = "Add a context figure: a value with its unit (or a range), a change, a comparison, a year")
	ResponseEntity<ContextMetricResponse> add(@PathVariable long planId,
			@Valid @RequestBody ContextMetricCommand command) {
		ContextMetric metric = this.metrics.add(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/context-metrics/" + metric.getId()))
			.body(ContextMetricResponse.from(metric));
	}

	@PutMapping("/{metricId}")
	@Operation(summary = "Edit a context figure; send the version you read (409 when stale)")
	ContextMetricResponse update(@PathVariable long planId, @PathVariable long metricId,
			@Valid @RequestBody ContextMetricCommand command) {
		return ContextMetricResponse.from(this.metrics.update(planId, metricId, command));
	}

	@DeleteMapping("/{metricId}")
	@Operation(summary = "Delete a context figure; send the version you read as ?version=")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long metricId, @RequestParam long version) {
		this.metrics.delete(planId, metricId, version);
		return ResponseEntity.noContent().build();
	}

}
