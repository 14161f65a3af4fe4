package com.marketingplanner.web.experiment;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.experiment.Experiment;
import com.marketingplanner.domain.experiment.ExperimentCommand;
import com.marketingplanner.domain.experiment.ExperimentService;
import com.marketingplanner.web.api.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
@RequestMapping("/api/v1/plans/{planId}/experiments")
@Validated
@Tag(name = "Experiments",
		description = "A/B tests of a plan: variants with exposures and conversions → uplift, interval, z-test, sample size")
class ExperimentApiController {

	private final ExperimentService experiments;

	private final MessageSource messages;

	ExperimentApiController(ExperimentService experiments, MessageSource messages) {
		this.experiments = experiments;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "List the plan's A/B tests with their results, the latest start first")
	PageResponse<ExperimentResponse> list(@PathVariable long planId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return PageResponse.of(this.experiments.list(planId, PageRequest.of(page, size)), this::response);
	}

	@GetMapping("/{experimentId}")
	@Operation(summary = "An A/B test with uplift, interval, significance and the sample size needed")
	ExperimentResponse get(@PathVariable long planId, @PathVariable long experimentId) {
		return response(this.experiments.get(planId, experimentId));
	}

	@PostMapping
	@Operation(summary = "Register an A/B test: the first variant is the control; levels in percent (default 95 / 80)")
	ResponseEntity<ExperimentResponse> register(@PathVariable long planId,
			@Valid @RequestBody ExperimentCommand command) {
		Experiment experiment = this.experiments.register(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/experiments/" + experiment.getId()))
			.body(response(experiment));
	}

	@PutMapping("/{experimentId}")
	@Operation(summary = "Edit an A/B test or record new counts; send the version you read (409 when stale)")
	ExperimentResponse update(@PathVariable long planId, @PathVariable long experimentId,
			@Valid @RequestBody ExperimentCommand command) {
		return response(this.experiments.update(planId, experimentId, command));
	}

	@DeleteMapping("/{experimentId}")
	@Operation(summary = "Delete an A/B test with the version you read")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long experimentId,
			@RequestParam long version) {
		this.experiments.delete(planId, experimentId, version);
		return ResponseEntity.noContent().build();
	}

	private ExperimentResponse response(Experiment experiment) {
		return ExperimentResponse.from(experiment,
				ExperimentView.of(experiment, this.messages, LocaleContextHolder.getLocale()));
	}

}
