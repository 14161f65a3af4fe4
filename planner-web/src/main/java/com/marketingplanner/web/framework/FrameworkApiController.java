package com.marketingplanner.web.framework;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.framework.Framework;
import com.marketingplanner.domain.framework.FrameworkCommand;
import com.marketingplanner.domain.framework.FrameworkItemCommand;
import com.marketingplanner.domain.framework.FrameworkKind;
import com.marketingplanner.domain.framework.FrameworkOrderCommand;
import com.marketingplanner.domain.framework.FrameworkService;
import com.marketingplanner.web.api.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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

/**
 * A plan's frameworks: segments, product tiers, models, scenarios, attribution models and
 * undated steps, each an ordered list of items. Items are addressed by their index under
 * the framework's version: every item change sends the version read and answers the whole
 * framework with its new version.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/frameworks")
@Validated
@Tag(name = "Frameworks",
		description = "Named, ordered lists a plan works with: segments, product tiers, models, scenarios, attribution models, steps")
class FrameworkApiController {

	private final FrameworkService frameworks;

	FrameworkApiController(FrameworkService frameworks) {
		this.frameworks = frameworks;
	}

	@GetMapping
	@Operation(summary = "List the plan's frameworks in their order, optionally of one kind")
	PageResponse<FrameworkResponse> all(@PathVariable long planId, @RequestParam(required = false) FrameworkKind kind,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageResponse.ofList(this.frameworks.all(planId)
			.stream()
			.filter((framework) -> kind == null || framework.getKind() == kind)
			.map(FrameworkResponse::from)
			.toList(), page, size);
	}

	@GetMapping("/{frameworkId}")
	@Operation(summary = "Read one framework with its items")
	FrameworkResponse get(@PathVariable long planId, @PathVariable long frameworkId) {
		return FrameworkResponse.from(this.frameworks.get(planId, frameworkId));
	}

	@PostMapping
	@Operation(summary = "Add a framework with its items in order (names unique; rules by kind)")
	ResponseEntity<FrameworkResponse> create(@PathVariable long planId, @Valid @RequestBody FrameworkCommand command) {
		Framework framework = this.frameworks.create(planId, command);
		return ResponseEntity.created(URI.create(path(planId, framework.getId())))
			.body(FrameworkResponse.from(framework));
	}

	@PutMapping("/{frameworkId}")
	@Operation(summary = "Edit a framework; items null keeps its items, a list replaces them (409 when stale)")
	FrameworkResponse update(@PathVariable long planId, @PathVariable long frameworkId,
			@Valid @RequestBody FrameworkCommand command) {
		return FrameworkResponse.from(this.frameworks.update(planId, frameworkId, command));
	}

	@DeleteMapping("/{frameworkId}")
	@Operation(summary = "Delete a framework with its items; send the version you read as ?version=")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long frameworkId, @RequestParam long version) {
		this.frameworks.delete(planId, frameworkId, version);
		return ResponseEntity.noContent().build();
	}

	// --- items
	// ----------------------------------------------------------------------------

	@GetMapping("/{frameworkId}/items/{index}")
	@Operation(summary = "Read the item at an index of a framework")
	FrameworkResponse.Item item(@PathVariable long planId, @PathVariable long frameworkId,
			@PathVariable @Min(0) int index) {
		Framework framework = this.frameworks.get(planId, frameworkId);
		return FrameworkResponse.Item.of(framework, index, framework.item(index));
	}

	@PostMapping("/{frameworkId}/items")
	@Operation(summary = "Add an item at a position (null = last); send the framework's version (409 when stale)")
	ResponseEntity<FrameworkResponse> addItem(@PathVariable long planId, @PathVariable long frameworkId,
			@Valid @RequestBody FrameworkItemCommand command) {
		Framework framework = this.frameworks.addItem(planId, frameworkId, command);
		int index = (command.position() == null) ? framework.getItems().size() - 1
				: Math.min(command.position(), framework.getItems().size() - 1);
		return ResponseEntity.created(URI.create(path(planId, frameworkId) + "/items/" + index))
			.body(FrameworkResponse.from(framework));
	}

	@PutMapping("/{frameworkId}/items/{index}")
	@Operation(summary = "Edit the item at an index; send the framework's version (409 when stale)")
	FrameworkResponse updateItem(@PathVariable long planId, @PathVariable long frameworkId,
			@PathVariable @Min(0) int index, @Valid @RequestBody FrameworkItemCommand command) {
		return FrameworkResponse.from(this.frameworks.updateItem(planId, frameworkId, index, command));
	}

	@DeleteMapping("/{frameworkId}/items/{index}")
	@Operation(summary = "Delete the item at an index; send the framework's version as ?version=")
	FrameworkResponse deleteItem(@PathVariable long planId, @PathVariable long frameworkId,
			@PathVariable @Min(0) int index, @RequestParam long version) {
		return FrameworkResponse.from(this.frameworks.deleteItem(planId, frameworkId, index, version));
	}

	@PutMapping("/{frameworkId}/items/order")
	@Operation(summary = "Reorder the items: list every current index once in the new order, with the version")
	FrameworkResponse reorder(@PathVariable long planId, @PathVariable long frameworkId,
			@Valid @RequestBody FrameworkOrderCommand command) {
		return FrameworkResponse.from(this.frameworks.reorderItems(planId, frameworkId, command));
	}

	private static String path(long planId, long frameworkId) {
		return "/api/v1/plans/" + planId + "/frameworks/" + frameworkId;
	}

}
