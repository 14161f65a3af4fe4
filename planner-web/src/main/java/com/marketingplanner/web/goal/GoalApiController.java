package com.marketingplanner.web.goal;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.goal.Goal;
import com.marketingplanner.domain.goal.GoalCategory;
import com.marketingplanner.domain.goal.GoalCommand;
import com.marketingplanner.domain.goal.GoalFilter;
import com.marketingplanner.domain.goal.GoalHorizon;
import com.marketingplanner.domain.goal.GoalService;
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
@RequestMapping("/api/v1/plans/{planId}/goals")
@Validated
@Tag(name = "Goals", description = "Goals of a plan, as a tree by parent goal")
class GoalApiController {

	private final GoalService goals;

	GoalApiController(GoalService goals) {
		this.goals = goals;
	}

	@GetMapping
	@Operation(summary = "List the plan's goals in tree order, filtered by category and horizon")
	PageResponse<GoalResponse> list(@PathVariable long planId, @RequestParam(required = false) GoalCategory category,
			@RequestParam(required = false) GoalHorizon horizon,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return PageResponse.of(this.goals.list(planId, new GoalFilter(category, horizon), PageRequest.of(page, size)),
				GoalResponse::from);
	}

	@GetMapping("/{goalId}")
	@Operation(summary = "Read one goal of a plan")
	GoalResponse get(@PathVariable long planId, @PathVariable long goalId) {
		return GoalResponse.from(this.goals.get(planId, goalId));
	}

	@PostMapping
	@Operation(summary = "Add a goal; parentId (a goal of the same plan) places it in the tree")
	ResponseEntity<GoalResponse> create(@PathVariable long planId, @Valid @RequestBody GoalCommand command) {
		Goal goal = this.goals.create(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/goals/" + goal.getId()))
			.body(GoalResponse.from(goal));
	}

	@PutMapping("/{goalId}")
	@Operation(summary = "Edit or move a goal; send the version you read (409 when stale)")
	GoalResponse update(@PathVariable long planId, @PathVariable long goalId, @Valid @RequestBody GoalCommand command) {
		return GoalResponse.from(this.goals.update(planId, goalId, command));
	}

	@DeleteMapping("/{goalId}")
	@Operation(summary = "Delete a goal with its sub-goals; their KPIs stay in the plan")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long goalId, @RequestParam long version) {
		this.goals.delete(planId, goalId, version);
		return ResponseEntity.noContent().build();
	}

}
