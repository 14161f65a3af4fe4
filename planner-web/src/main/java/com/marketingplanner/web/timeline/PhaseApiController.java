package com.marketingplanner.web.timeline;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.timeline.Phase;
import com.marketingplanner.domain.timeline.PhaseCommand;
import com.marketingplanner.domain.timeline.PhaseService;
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
@RequestMapping("/api/v1/plans/{planId}/phases")
@Validated
@Tag(name = "Timeline", description = "Phases, milestones and timeline warnings of a plan")
class PhaseApiController {

	private final PhaseService phases;

	PhaseApiController(PhaseService phases) {
		this.phases = phases;
	}

	@GetMapping
	@Operation(summary = "List the plan's phases in date order")
	PageResponse<PhaseResponse> list(@PathVariable long planId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return PageResponse.of(this.phases.list(planId, PageRequest.of(page, size)), PhaseResponse::from);
	}

	@GetMapping("/{phaseId}")
	@Operation(summary = "Read one phase of a plan")
	PhaseResponse get(@PathVariable long planId, @PathVariable long phaseId) {
		return PhaseResponse.from(this.phases.get(planId, phaseId));
	}

	@PostMapping
	@Operation(summary = "Add a phase; outside the plan period is allowed (a warning), end before start is not")
	ResponseEntity<PhaseResponse> add(@PathVariable long planId, @Valid @RequestBody PhaseCommand command) {
		Phase phase = this.phases.add(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/phases/" + phase.getId()))
			.body(PhaseResponse.from(phase));
	}

	@PutMapping("/{phaseId}")
	@Operation(summary = "Edit a phase; send the version you read (409 when stale)")
	PhaseResponse update(@PathVariable long planId, @PathVariable long phaseId,
			@Valid @RequestBody PhaseCommand command) {
		return PhaseResponse.from(this.phases.update(planId, phaseId, command));
	}

	@DeleteMapping("/{phaseId}")
	@Operation(summary = "Delete a phase; its milestones stay, without a phase")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long phaseId, @RequestParam long version) {
		this.phases.delete(planId, phaseId, version);
		return ResponseEntity.noContent().build();
	}

}
