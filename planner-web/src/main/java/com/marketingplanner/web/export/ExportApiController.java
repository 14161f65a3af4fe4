package com.marketingplanner.web.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Exports", description = "A plan's tables as CSV or Excel")
class ExportApiController {

	private final PlanExportDownloads downloads;

	ExportApiController(PlanExportDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/api/v1/plans/{planId}/export")
	@Operation(summary = "Export a plan's tables: xlsx (all tables, a sheet each, or one) or csv (one table)",
			description = "Tables: kpis, kpi-measurements, budget-lines, line-spend, milestones, risks, campaigns. "
					+ "line-spend and kpi-measurements have the columns of the import kinds of the same names.")
	ResponseEntity<byte[]> export(@PathVariable long planId,
			@Parameter(description = "xlsx or csv",
					example = "xlsx") @RequestParam(defaultValue = "xlsx") String format,
			@Parameter(description = "one table; required for csv") @RequestParam(required = false) String table) {
		return this.downloads.download(planId, format, table);
	}

}
