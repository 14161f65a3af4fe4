package com.marketingplanner.web.report;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report as the plan page downloads it ("Export quarter…"), in the reader's language;
 * errors are the app's error pages.
 */
@Controller
class ReportPageController {

	private final QuarterlyReportDocument documents;

	ReportPageController(QuarterlyReportDocument documents) {
		this.documents = documents;
	}

	@GetMapping("/plans/{planId}/reports/quarterly")
	ResponseEntity<byte[]> quarterly(@PathVariable long planId, @RequestParam(required = false) String quarter) {
		return this.documents.download(planId, quarter, LocaleContextHolder.getLocale());
	}

}
