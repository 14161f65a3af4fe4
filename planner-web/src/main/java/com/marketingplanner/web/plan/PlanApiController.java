package com.marketingplanner.web.plan;

import java.net.URI;
import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanFilter;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.schedule.PlanRescheduling;
import com.marketingplanner.domain.plan.PlanStatus;
import com.marketingplanner.domain.plan.PlanStatusCommand;
import com.marketingplanner.domain.review.PlanLifecycle;
import com.marketingplanner.web.api.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
@RequestMapping("/api/v1/plans")
@Validated
@Tag(name = "Plans", description = "Marketing plans: header, life cycle")
class PlanApiController {

	private final PlanService plans;

	private final PlanLifecycle lifecycle;

	private final PlanRescheduling rescheduling;

	PlanApiController(PlanService plans, PlanLifecycle lifecycle, PlanRescheduling rescheduling) {
		this.plans = plans;
		this.lifecycle = lifecycle;
		this.rescheduling = rescheduling;
	}

	@GetMapping
	@Operation(
			summary = "List the plans the caller may read, newest first, filtered by status, owner, title text or year")
	PageResponse<PlanResponse> list(@RequestParam(required = false) PlanStatus status,
			@RequestParam(required = false) String owner, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Principal principal) {
		var result = this.plans.listVisibleTo(principal.getName(), new PlanFilter(status, owner, q, year),
				PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "periodStart", "id")));
		return PageResponse.of(result, PlanResponse::from);
	}

	@GetMapping("/{planId}")
	@Operation(summary = "Read a plan's header, status and review state")
	PlanResponse get(@PathVariable long planId) {
		return PlanResponse.from(this.plans.get(planId));
	}

	@PostMapping
	@Operation(summary = "Create a plan owned by the caller")
	ResponseEntity<PlanResponse> create(@Valid @RequestBody PlanCommand command, Principal principal) {
		Plan plan = this.plans.create(command, principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.getId())).body(PlanResponse.from(plan));
	}

	@PutMapping("/{planId}")
	@Operation(summary = "Edit a plan's header; send the version you read (409 when stale). "
			+ "With moveDates=true a new start moves every phase, milestone, campaign and KPI due date "
			+ "by the same calendar months (month, quarter and year ends stay ends)")
	PlanResponse update(@PathVariable long planId, @Valid @RequestBody PlanCommand command,
			@RequestParam(defaultValue = "false") boolean moveDates) {
		return PlanResponse.from(this.rescheduling.update(planId, command, moveDates));
	}

	@PostMapping("/{planId}/status")
	@Operation(summary = "Move a plan along its life cycle", description = """
			Each target status stands for one intention, taken by the caller: IN_REVIEW submits \
			(an author); APPROVED approves (an approver or administrator who neither wrote nor submitted \
			the plan; takes a baseline); DRAFT withdraws from review (an author), returns for changes \
			(a reviewer; `comment` required) or starts a new revision of an approved or active plan \
			(an author); ACTIVE activates (an author); CLOSED closes and ARCHIVED archives (the owner or \
			an administrator). 403 when the caller may not, 400 when the life cycle does not allow it, \
			409 when `version` is stale.""")
	PlanResponse changeStatus(@PathVariable long planId, @Valid @RequestBody PlanStatusCommand command,
			Principal principal) {
		return PlanResponse.from(this.lifecycle.moveTo(planId, command, principal.getName()));
	}

	@GetMapping("/{planId}/access")
	@Operation(summary = "What the caller may do with the plan now: membership, rights, possible status moves")
	PlanAccessResponse access(@PathVariable long planId, Principal principal) {
		return PlanAccessResponse.from(this.plans.actionsFor(planId, principal.getName()));
	}

	@DeleteMapping("/{planId}")
	@Operation(summary = "Delete a draft plan that was never approved, with everything in it (owner or administrator); "
			+ "send the version you read as ?version=")
	ResponseEntity<Void> delete(@PathVariable long planId, @RequestParam long version, Principal principal) {
		this.plans.delete(planId, version, principal.getName());
		return ResponseEntity.noContent().build();
	}

}
