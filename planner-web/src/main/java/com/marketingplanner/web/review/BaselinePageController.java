package com.marketingplanner.web.review;

import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.review.Baselines;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The baselines of a plan (one per approval) and, for any of them, what changed since: up
 * to now or up to a later baseline.
 */
@Controller
@RequestMapping("/plans/{planId}/baselines")
class BaselinePageController {

	private final PlanService plans;

	private final Baselines baselines;

	BaselinePageController(PlanService plans, Baselines baselines) {
		this.plans = plans;
		this.baselines = baselines;
	}

	@GetMapping
	String list(@PathVariable long planId, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("baselines", this.baselines.list(planId));
		return "collab/baselines";
	}

	@GetMapping("/{baselineId}")
	String diff(@PathVariable long planId, @PathVariable long baselineId, @RequestParam(required = false) Long against,
			Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("baselines", this.baselines.list(planId));
		model.addAttribute("comparison", this.baselines.compare(planId, baselineId, against));
		return "collab/baseline-diff";
	}

}
