package com.marketingplanner.web.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.domain.template.ImportOptions;
import com.marketingplanner.domain.template.ImportResult;
import com.marketingplanner.domain.template.PlanDocument;
import com.marketingplanner.domain.template.PlanDocumentExport;
import com.marketingplanner.domain.template.PlanDocumentImport;
import com.marketingplanner.domain.template.PlanDocumentInvalidException;
import com.marketingplanner.domain.template.PlanDocumentJson;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Plan documents in the browser: download a plan as its JSON document, and make a plan
 * from an uploaded document (every problem listed by its place in the document).
 */
@Controller
class PlanDocumentPageController {

	private final PlanDocumentExport exporter;

	private final PlanDocumentImport importer;

	private final MessageSource messages;

	PlanDocumentPageController(PlanDocumentExport exporter, PlanDocumentImport importer, MessageSource messages) {
		this.exporter = exporter;
		this.importer = importer;
		this.messages = messages;
	}

	@GetMapping("/plans/{planId}/document.json")
	ResponseEntity<byte[]> download(@PathVariable long planId) {
		byte[] json = PlanDocumentJson.write(this.exporter.export(planId)).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("plan-" + planId + ".json").build().toString())
			.body(json);
	}

	@GetMapping("/plans/import")
	String form() {
		return "plans/import";
	}

	@PostMapping("/plans/import")
	String importPlan(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate startDate, Principal principal,
			Model model, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problems", List.of(new ProblemView("$", message("documents.import.file-required"))));
			return "plans/import";
		}
		try (InputStream in = file.getInputStream()) {
			PlanDocument document = PlanDocumentJson.read(in);
			ImportResult result = this.importer.importPlan(document,
					new ImportOptions(principal.getName(), title, startDate, null));
			redirect.addFlashAttribute("flash", result.adjustments().isEmpty() ? "documents.import.done"
					: "documents.import.done-with-adjustments");
			redirect.addFlashAttribute("flashArgs", result.adjustments().size());
			return "redirect:/plans/" + result.planId();
		}
		catch (PlanDocumentInvalidException ex) {
			model.addAttribute("problems", ex.getProblems()
				.stream()
				.map((problem) -> new ProblemView(problem.path(),
						(problem.code() != null) ? this.messages.getMessage(problem.code(),
								problem.arguments().toArray(), problem.message(), LocaleContextHolder.getLocale())
								: problem.message()))
				.toList());
			return "plans/import";
		}
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/** One problem of an uploaded document, in the reader's language. */
	record ProblemView(String path, String message) {
	}

}
