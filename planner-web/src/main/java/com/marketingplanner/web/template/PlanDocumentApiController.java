package com.marketingplanner.web.template;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.template.ImportOptions;
import com.marketingplanner.domain.template.ImportResult;
import com.marketingplanner.domain.template.PlanDocument;
import com.marketingplanner.domain.template.PlanDocumentExport;
import com.marketingplanner.domain.template.PlanDocumentImport;
import com.marketingplanner.domain.template.PlanDocumentJson;
import com.marketingplanner.web.plan.PlanNotes;
import com.marketingplanner.web.plan.PlanResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan as the JSON document a template is, both ways: export one, or create a plan from
 * one. The document uses snake_case keys (see the templates in {@code plan-templates/}).
 */
@RestController
@Validated
@Tag(name = "Plan documents", description = "Export a plan as a JSON plan document, import one as a new plan")
class PlanDocumentApiController {

	private final PlanDocumentExport exporter;

	private final PlanDocumentImport importer;

	private final PlanService plans;

	private final PlanNotes notes;

	PlanDocumentApiController(PlanDocumentExport exporter, PlanDocumentImport importer, PlanService plans,
			PlanNotes notes) {
		this.exporter = exporter;
		this.importer = importer;
		this.plans = plans;
		this.notes = notes;
	}

	@GetMapping(path = "/api/v1/plans/{planId}/document", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The plan as a plan document (the format of the templates); "
			+ "importing it makes a plan with every field of this one")
	ResponseEntity<String> export(@PathVariable long planId) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(PlanDocumentJson.write(this.exporter.export(planId)));
	}

	@PostMapping(path = "/api/v1/plans/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a plan from a plan document, optionally retitled and moved to a new start date "
			+ "(by calendar months). All or nothing: 400 lists every problem by its JSON path; "
			+ "values the source contradicts itself on are adjusted and listed under 'adjustments'")
	ResponseEntity<ImportResponse> importPlan(InputStream body,
			@RequestParam(required = false) @Size(max = 300) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate startDate, Principal principal)
			throws IOException {
		PlanDocument document = PlanDocumentJson.read(body);
		ImportResult result = this.importer.importPlan(document,
				new ImportOptions(principal.getName(), title, startDate, null));
		return ResponseEntity.created(URI.create("/api/v1/plans/" + result.planId()))
			.body(new ImportResponse(PlanResponse.from(this.plans.get(result.planId())),
					result.adjustments().stream().map(this.notes::render).toList()));
	}

}
