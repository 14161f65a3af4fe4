package com.marketingplanner.web.review;

import java.util.List;

import com.marketingplanner.domain.review.Baselines;
import com.marketingplanner.domain.review.PlanSnapshot;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans/{planId}/baselines")
@Tag(name = "Baselines",
		description = "The plan as approved, kept at every approval (read-only), and what changed since any of them")
class BaselineApiController {

	private final Baselines baselines;

	BaselineApiController(Baselines baselines) {
		this.baselines = baselines;
	}

	@GetMapping
	@Operation(summary = "The plan's baselines, newest first")
	List<BaselineResponse> list(@PathVariable long planId) {
		return this.baselines.list(planId).stream().map(BaselineResponse::from).toList();
	}

	@GetMapping("/{baselineId}")
	@Operation(summary = "One baseline")
	BaselineResponse get(@PathVariable long planId, @PathVariable long baselineId) {
		return BaselineResponse.from(this.baselines.get(planId, baselineId));
	}

	@GetMapping("/{baselineId}/snapshot")
	@Operation(
			summary = "The plan's content as the baseline kept it (budget lines, rules, KPIs, dates, risks, campaigns)")
	PlanSnapshot snapshot(@PathVariable long planId, @PathVariable long baselineId) {
		return this.baselines.snapshot(planId, baselineId);
	}

	@GetMapping("/{baselineId}/diff")
	@Operation(summary = "What changed since the baseline: added, removed and changed items with old → new values",
			description = "Compares with the plan now, or with another baseline of the plan given as `against`.")
	BaselineDiffResponse diff(@PathVariable long planId, @PathVariable long baselineId,
			@RequestParam(required = false) Long against) {
		return BaselineDiffResponse.from(this.baselines.compare(planId, baselineId, against));
	}

}
