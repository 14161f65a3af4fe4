package com.marketingplanner.web.audit;

import com.marketingplanner.domain.audit.AuditFilter;
import com.marketingplanner.domain.audit.AuditTrail;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.web.api.PageResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import static com.marketingplanner.domain.shared.Texts.blankToNull;

/** The audit trail page of a plan: who changed what and when, newest first, filtered. */
@Controller
class AuditPageController {

	private static final int PAGE_SIZE = 100;

	private final PlanService plans;

	private final AuditTrail trail;

	AuditPageController(PlanService plans, AuditTrail trail) {
		this.plans = plans;
		this.trail = trail;
	}

	@GetMapping("/plans/{planId}/audit")
	String trail(@PathVariable long planId, @RequestParam(required = false) String entity,
			@RequestParam(required = false) Long entityId, @RequestParam(required = false) String actor,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditFilter filter = new AuditFilter(blankToNull(entity), entityId, blankToNull(actor));
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("filter", filter);
		model.addAttribute("entities", this.trail.entities(planId));
		model.addAttribute("entries",
				this.trail.of(planId, filter, PageRequest.of(PageResponse.pageShown(page), PAGE_SIZE)));
		return "collab/audit";
	}

}
