package com.marketingplanner.web.timeline;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.timeline.Milestone;
import com.marketingplanner.domain.timeline.MilestoneCommand;
import com.marketingplanner.domain.timeline.MilestoneFilter;
import com.marketingplanner.domain.timeline.MilestoneService;
import com.marketingplanner.domain.timeline.MilestoneStatus;
import com.marketingplanner.domain.timeline.MilestoneStatusCommand;
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
@RequestMapping("/api/v1/plans/{planId}/milestones")
@Validated
@Tag(name = "Timeline", description = "Phases, milestones and timeline warnings of a plan")
class MilestoneApiController {

	private final MilestoneService milestones;

	MilestoneApiController(MilestoneService milestones) {
		this.milestones = milestones;
	}

	@GetMapping
	@Operation(summary = "List the plan's milestones in due-date order, filtered by status or phase")
	PageResponse<MilestoneResponse> list(@PathVariable long planId,
			@RequestParam(required = false) MilestoneStatus status, @RequestParam(required = false) Long phaseId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return PageResponse.of(
				this.milestones.list(planId, new MilestoneFilter(status, phaseId), PageRequest.of(page, size)),
				MilestoneResponse::from);
	}

	@GetMapping("/{milestoneId}")
	@Operation(summary = "Read one milestone of a plan")
	MilestoneResponse get(@PathVariable long planId, @PathVariable long milestoneId) {
		return MilestoneResponse.from(this.milestones.get(planId, milestoneId));
	}

	@PostMapping
	@Operation(summary = "Add a milestone; dependencies must be milestones of the plan, the gate a KPI of the plan")
	ResponseEntity<MilestoneResponse> add(@PathVariable long planId, @Valid @RequestBody MilestoneCommand command) {
		Milestone milestone = this.milestones.add(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/milestones/" + milestone.getId()))
			.body(MilestoneResponse.from(milestone));
	}

	@PutMapping("/{milestoneId}")
	@Operation(summary = "Edit a milestone (status included, optional); send the version you read (409 when stale)")
	MilestoneResponse update(@PathVariable long planId, @PathVariable long milestoneId,
			@Valid @RequestBody MilestoneCommand command) {
		return MilestoneResponse.from(this.milestones.update(planId, milestoneId, command));
	}

	@PostMapping("/{milestoneId}/status")
	@Operation(summary = "Move a milestone along its life cycle (PLANNED → IN_PROGRESS → DONE, MISSED, CANCELLED)")
	MilestoneResponse changeStatus(@PathVariable long planId, @PathVariable long milestoneId,
			@Valid @RequestBody MilestoneStatusCommand command) {
		return MilestoneResponse.from(this.milestones.changeStatus(planId, milestoneId, command));
	}

	@DeleteMapping("/{milestoneId}")
	@Operation(summary = "Delete a milestone; milestones that depended on it no longer do")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long milestoneId, @RequestParam long version) {
		this.milestones.delete(planId, milestoneId, version);
		return ResponseEntity.noContent().build();
	}

}
