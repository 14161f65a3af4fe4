package com.marketingplanner.web.template;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;

import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.template.PlanTemplate;
import com.marketingplanner.domain.template.PlansFromTemplates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Templates", description = "The five seed plans as templates for new plans")
class TemplateApiController {

	private final PlansFromTemplates templates;

	private final PlanService plans;

	TemplateApiController(PlansFromTemplates templates, PlanService plans) {
		this.templates = templates;
		this.plans = plans;
	}

	@GetMapping("/api/v1/templates")
	@Operation(summary = "List the plan templates (the five seed plans)")
	List<PlanTemplate> list() {
		return this.templates.templates();
	}

	@PostMapping("/api/v1/plans/from-template")
	@Operation(summary = "Create a plan as a copy of a template, optionally retitled and moved to a new start date")
	ResponseEntity<?> create(@Valid @RequestBody FromTemplateCommand command, Principal principal) {
		long id = this.templates.create(command.templateCode(), principal.getName(), command.title(),
				command.startDate());
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id))
			.body(com.marketingplanner.web.plan.PlanResponse.from(this.plans.get(id)));
	}

}
