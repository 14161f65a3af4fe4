package com.marketingplanner.web.operations;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.operations.Dashboard;
import com.marketingplanner.domain.operations.DashboardCommand;
import com.marketingplanner.domain.operations.OperatingStandard;
import com.marketingplanner.domain.operations.OperatingStandardCommand;
import com.marketingplanner.domain.operations.OperationsService;
import com.marketingplanner.domain.operations.PlanTool;
import com.marketingplanner.domain.operations.PlanToolCommand;
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

/** How a plan is operated: its tool stack, its dashboards and its operating standards. */
@RestController
@RequestMapping("/api/v1/plans/{planId}")
@Validated
@Tag(name = "Tools and operations",
		description = "The tool stack (in use or planned by a date or plan month), dashboards with zones, SOPs")
class OperationsApiController {

	private static final String BASE = "/api/v1/plans/";

	private final OperationsService operations;

	OperationsApiController(OperationsService operations) {
		this.operations = operations;
	}

	// --- tools ------------------------------------------------------------------------

	@GetMapping("/tools")
	@Operation(summary = "List the plan's tools in their order")
	PageResponse<ToolResponse> tools(@PathVariable long planId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageResponse.ofList(this.operations.tools(planId).stream().map(ToolResponse::from).toList(), page, size);
	}

	@GetMapping("/tools/{toolId}")
	@Operation(summary = "Read one tool")
	ToolResponse tool(@PathVariable long planId, @PathVariable long toolId) {
		return ToolResponse.from(this.operations.tool(planId, toolId));
	}

	@PostMapping("/tools")
	@Operation(summary = "Add a tool: category, purpose, owner, in use or planned by a date or a plan month")
	ResponseEntity<ToolResponse> addTool(@PathVariable long planId, @Valid @RequestBody PlanToolCommand command) {
		PlanTool tool = this.operations.addTool(planId, command);
		return ResponseEntity.created(URI.create(BASE + planId + "/tools/" + tool.getId()))
			.body(ToolResponse.from(tool));
	}

	@PutMapping("/tools/{toolId}")
	@Operation(summary = "Edit a tool; send the version you read (409 when stale)")
	ToolResponse updateTool(@PathVariable long planId, @PathVariable long toolId,
			@Valid @RequestBody PlanToolCommand command) {
		return ToolResponse.from(this.operations.updateTool(planId, toolId, command));
	}

	@DeleteMapping("/tools/{toolId}")
	@Operation(summary = "Delete a tool; send the version you read as ?version=")
	ResponseEntity<Void> deleteTool(@PathVariable long planId, @PathVariable long toolId, @RequestParam long version) {
		this.operations.deleteTool(planId, toolId, version);
		return ResponseEntity.noContent().build();
	}

	// --- dashboards
	// -------------------------------------------------------------------------

	@GetMapping("/dashboards")
	@Operation(summary = "List the dashboards the plan defines in their order")
	PageResponse<DashboardResponse> dashboards(@PathVariable long planId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageResponse.ofList(this.operations.dashboards(planId).stream().map(DashboardResponse::from).toList(),
				page, size);
	}

	@GetMapping("/dashboards/{dashboardId}")
	@Operation(summary = "Read one dashboard definition")
	DashboardResponse dashboard(@PathVariable long planId, @PathVariable long dashboardId) {
		return DashboardResponse.from(this.operations.dashboard(planId, dashboardId));
	}

	@PostMapping("/dashboards")
	@Operation(summary = "Add a dashboard: metric and warning-module counts, forecast horizon, refresh, zones, KPIs")
	ResponseEntity<DashboardResponse> addDashboard(@PathVariable long planId,
			@Valid @RequestBody DashboardCommand command) {
		Dashboard dashboard = this.operations.addDashboard(planId, command);
		return ResponseEntity.created(URI.create(BASE + planId + "/dashboards/" + dashboard.getId()))
			.body(DashboardResponse.from(dashboard));
	}

	@PutMapping("/dashboards/{dashboardId}")
	@Operation(summary = "Edit a dashboard; send the version you read (409 when stale)")
	DashboardResponse updateDashboard(@PathVariable long planId, @PathVariable long dashboardId,
			@Valid @RequestBody DashboardCommand command) {
		return DashboardResponse.from(this.operations.updateDashboard(planId, dashboardId, command));
	}

	@DeleteMapping("/dashboards/{dashboardId}")
	@Operation(summary = "Delete a dashboard definition; send the version you read as ?version=")
	ResponseEntity<Void> deleteDashboard(@PathVariable long planId, @PathVariable long dashboardId,
			@RequestParam long version) {
		this.operations.deleteDashboard(planId, dashboardId, version);
		return ResponseEntity.noContent().build();
	}

	// --- operating standards
	// ------------------------------------------------------------------

	@GetMapping("/standards")
	@Operation(summary = "List the plan's operating standards (SOPs) in their order")
	PageResponse<StandardResponse> standards(@PathVariable long planId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageResponse.ofList(this.operations.standards(planId).stream().map(StandardResponse::from).toList(),
				page, size);
	}

	@GetMapping("/standards/{standardId}")
	@Operation(summary = "Read one operating standard")
	StandardResponse standard(@PathVariable long planId, @PathVariable long standardId) {
		return StandardResponse.from(this.operations.standard(planId, standardId));
	}

	@PostMapping("/standards")
	@Operation(summary = "Add an operating standard: scenarios, time limit in hours, lead time in days, checks")
	ResponseEntity<StandardResponse> addStandard(@PathVariable long planId,
			@Valid @RequestBody OperatingStandardCommand command) {
		OperatingStandard standard = this.operations.addStandard(planId, command);
		return ResponseEntity.created(URI.create(BASE + planId + "/standards/" + standard.getId()))
			.body(StandardResponse.from(standard));
	}

	@PutMapping("/standards/{standardId}")
	@Operation(summary = "Edit an operating standard; send the version you read (409 when stale)")
	StandardResponse updateStandard(@PathVariable long planId, @PathVariable long standardId,
			@Valid @RequestBody OperatingStandardCommand command) {
		return StandardResponse.from(this.operations.updateStandard(planId, standardId, command));
	}

	@DeleteMapping("/standards/{standardId}")
	@Operation(summary = "Delete an operating standard; send the version you read as ?version=")
	ResponseEntity<Void> deleteStandard(@PathVariable long planId, @PathVariable long standardId,
			@RequestParam long version) {
		this.operations.deleteStandard(planId, standardId, version);
		return ResponseEntity.noContent().build();
	}

}
