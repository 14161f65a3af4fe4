package com.marketingplanner.web.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports", description = "The quarterly plan report as PDF")
class ReportApiController {

	private final QuarterlyReportDocument documents;

	ReportApiController(QuarterlyReportDocument documents) {
		this.documents = documents;
	}

	@GetMapping("/api/v1/plans/{planId}/reports/quarterly")
	@Operation(summary = "The quarterly report of a plan as PDF (A4, outline, Chinese embedded)",
			description = "Language from Accept-Language or lang=en|zh-CN. A malformed quarter or one outside "
					+ "the plan period is a 400 problem, an unknown plan a 404.")
	ResponseEntity<byte[]> quarterly(@PathVariable long planId, @Parameter(description = "the quarter as 2026-Q2",
			example = "2026-Q2") @RequestParam(required = false) String quarter) {
		return this.documents.download(planId, quarter, LocaleContextHolder.getLocale());
	}

}
