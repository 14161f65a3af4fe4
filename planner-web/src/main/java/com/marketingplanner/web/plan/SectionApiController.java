package com.marketingplanner.web.plan;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import com.marketingplanner.domain.plan.PlanSection;
import com.marketingplanner.domain.plan.SectionCommand;
import com.marketingplanner.domain.plan.SectionNode;
import com.marketingplanner.domain.plan.SectionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/v1/plans/{planId}/sections")
@Tag(name = "Sections", description = "Narrative sections of a plan, numbered automatically")
class SectionApiController {

	private final SectionService sections;

	SectionApiController(SectionService sections) {
		this.sections = sections;
	}

	@GetMapping
	@Operation(summary = "The section tree with derived numbers (一、/1.1 in Chinese plans, 1/1.1 otherwise)")
	List<SectionNode> tree(@PathVariable long planId) {
		return this.sections.tree(planId);
	}

	@GetMapping("/{sectionId}")
	@Operation(summary = "Read one section of a plan with its derived number")
	SectionResponse get(@PathVariable long planId, @PathVariable long sectionId) {
		return SectionResponse.from(this.sections.get(planId, sectionId));
	}

	@PostMapping
	@Operation(summary = "Add a section to a plan's section tree")
	ResponseEntity<SectionResponse> add(@PathVariable long planId, @Valid @RequestBody SectionCommand command) {
		PlanSection section = this.sections.add(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/sections/" + section.getId()))
			.body(SectionResponse.from(section));
	}

	@PutMapping("/{sectionId}")
	@Operation(summary = "Edit or move a section; send the version you read")
	SectionResponse update(@PathVariable long planId, @PathVariable long sectionId,
			@Valid @RequestBody SectionCommand command) {
		return SectionResponse.from(this.sections.update(planId, sectionId, command));
	}

	@DeleteMapping("/{sectionId}")
	@Operation(summary = "Delete a section and its sub-sections; send the version you read as ?version=")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long sectionId, @RequestParam long version) {
		this.sections.delete(planId, sectionId, version);
		return ResponseEntity.noContent().build();
	}

	record SectionResponse(long id, Long parentId, int position, String heading, String body, long version) {

		static SectionResponse from(PlanSection section) {
			return new SectionResponse(section.getId(), section.getParentId(), section.getPosition(),
					section.getHeading(), section.getBody(), section.getVersion());
		}

	}

}
