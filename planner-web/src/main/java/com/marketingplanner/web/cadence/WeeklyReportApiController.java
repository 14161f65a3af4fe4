package com.marketingplanner.web.cadence;

import com.marketingplanner.domain.cadence.WeeklyReportService;
import com.marketingplanner.web.alert.AlertFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The generated weekly effect report (营销效果周报). */
@RestController
@Tag(name = "Cadence", description = "The plan's recurring meetings, reports and reviews, and their dates")
class WeeklyReportApiController {

	private final WeeklyReportService reports;

	private final AlertFormat alerts;

	WeeklyReportApiController(WeeklyReportService reports, AlertFormat alerts) {
		this.reports = reports;
		this.alerts = alerts;
	}

	@GetMapping("/api/v1/plans/{planId}/reports/weekly")
	@Operation(summary = "The weekly effect report of an ISO week: KPIs, channel results and budget this week vs "
			+ "last week and vs target, and the alerts raised that week")
	WeeklyReportResponse weekly(@PathVariable long planId,
			@Parameter(description = "ISO week like 2026-W14 inside the plan period; default the last full week "
					+ "with data") @RequestParam(required = false) String week) {
		return WeeklyReportResponse.from(this.reports.report(planId, week), this.alerts);
	}

}
