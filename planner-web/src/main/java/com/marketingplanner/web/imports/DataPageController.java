package com.marketingplanner.web.imports;

import java.util.List;

import com.marketingplanner.domain.imports.ImportJob;
import com.marketingplanner.domain.imports.ImportMode;
import com.marketingplanner.domain.imports.ImportService;
import com.marketingplanner.domain.marketingdata.DataKind;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.web.api.PageResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Data page: the upload form (its script sends the file with a progress bar and then
 * follows the job), what is stored (coverage and data version), and the history of
 * imports; and one page per import with its errors.
 */
@Controller
class DataPageController {

	private final ImportService imports;

	private final MarketingData data;

	DataPageController(ImportService imports, MarketingData data) {
		this.imports = imports;
		this.data = data;
	}

	@GetMapping("/data")
	String page(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<ImportJob> jobs = this.imports.list(PageRequest.of(PageResponse.pageShown(page), 20));
		model.addAttribute("jobs", jobs);
		model.addAttribute("kinds", List.of(DataKind.values()));
		model.addAttribute("modes", List.of(ImportMode.values()));
		model.addAttribute("coverage", this.data.coverage());
		model.addAttribute("pathPeriods", this.data.pathPeriods());
		model.addAttribute("dataVersion", this.data.version());
		return "data/page";
	}

	@GetMapping("/data/imports/{id}")
	String job(@PathVariable long id, Model model) {
		model.addAttribute("job", this.imports.get(id));
		return "data/job";
	}

}
