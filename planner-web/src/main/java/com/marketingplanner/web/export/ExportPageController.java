package com.marketingplanner.web.export;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The export links of the plan pages; errors are the app's error pages. */
@Controller
class ExportPageController {

	private final PlanExportDownloads downloads;

	ExportPageController(PlanExportDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/plans/{planId}/export")
	ResponseEntity<byte[]> export(@PathVariable long planId, @RequestParam(defaultValue = "xlsx") String format,
			@RequestParam(required = false) String table) {
		return this.downloads.download(planId, format, table);
	}

}
