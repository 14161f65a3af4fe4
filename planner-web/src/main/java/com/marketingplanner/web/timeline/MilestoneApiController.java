package com.marketingplanner.web.timeline;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.timeline.GateCheckCommand;
import com.marketingplanner.domain.timeline.Milestone;
import com.marketingplanner.domain.timeline.MilestoneCommand;
import com.marketingplanner.domain.timeline.MilestoneFilter;
import com.marketingplanner.domain.timeline.MilestoneGates;
import com.marketingplanner.domain.timeline.MilestoneService;
import com.marketingplanner.domain.timeline.MilestoneStatus;
import com.marketingplanner.domain.timeline.MilestoneStatusCommand;
import com.marketingplanner.web.api.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
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
		Page<Milestone> found = this.milestones.list(planId, new MilestoneFilter(status, phaseId),
				PageRequest.of(page, size));
		MilestoneGates gates = this.milestones.gates(found.getContent());
		return PageResponse.of(found, (milestone) -> MilestoneResponse.from(milestone, gates));
	}

	@GetMapping("/{milestoneId}")
	@Operation(summary = "Read one milestone of a plan, with its gate evaluated against the KPIs' latest values")
	MilestoneResponse get(@PathVariable long planId, @PathVariable long milestoneId) {
		return response(this.milestones.get(planId, milestoneId));
	}

	@PostMapping
	@Operation(
			summary = "Add a milestone; dependencies must be milestones of the plan, gate conditions KPIs of the plan")
	ResponseEntity<MilestoneResponse> add(@PathVariable long planId, @Valid @RequestBody MilestoneCommand command) {
		Milestone milestone = this.milestones.add(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/milestones/" + milestone.getId()))
			.body(response(milestone));
	}

	@PutMapping("/{milestoneId}")
	@Operation(summary = "Edit a milestone (status included, optional); send the version you read (409 when stale)")
	MilestoneResponse update(@PathVariable long planId, @PathVariable long milestoneId,
			@Valid @RequestBody MilestoneCommand command) {
		return response(this.milestones.update(planId, milestoneId, command));
	}

	@PostMapping("/{milestoneId}/status")
	@Operation(summary = "Move a milestone along its life cycle (PLANNED → IN_PROGRESS → DONE, MISSED, CANCELLED)")
	MilestoneResponse changeStatus(@PathVariable long planId, @PathVariable long milestoneId,
			@Valid @RequestBody MilestoneStatusCommand command) {
		return response(this.milestones.changeStatus(planId, milestoneId, command));
	}

	@PostMapping("/{milestoneId}/gate/conditions/{position}/check")
	@Operation(summary = "Record a person's check of a gate condition stated in words (MET, NOT_MET, OPEN); "
			+ "send the milestone version you read (409 when stale)")
	MilestoneResponse checkGateCondition(@PathVariable long planId, @PathVariable long milestoneId,
			@PathVariable @Min(0) @Max(19) int position, @Valid @RequestBody GateCheckCommand command,
			Principal principal) {
		return response(
				this.milestones.checkGateCondition(planId, milestoneId, position, command, principal.getName()));
	}

	private MilestoneResponse response(Milestone milestone) {
		return MilestoneResponse.from(milestone, this.milestones.gates(List.of(milestone)));
	}

	@DeleteMapping("/{milestoneId}")
	@Operation(summary = "Delete a milestone; milestones that depended on it no longer do")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long milestoneId, @RequestParam long version) {
		this.milestones.delete(planId, milestoneId, version);
		return ResponseEntity.noContent().build();
	}

}
