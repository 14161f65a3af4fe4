package com.marketingplanner.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.imports.ImportJob;
import com.marketingplanner.domain.imports.ImportService;
import com.marketingplanner.web.api.PageResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports of marketing data over REST: upload a file (CSV, gzip-compressed CSV or .xlsx)
 * as the request body or as multipart field {@code file}; the answer is {@code 202} with
 * the job and its {@code Location}; poll the job until it has SUCCEEDED or FAILED.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Validated
class ImportApiController {

	private final ImportService imports;

	ImportApiController(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a file sent as multipart field 'file' (CSV, .csv.gz or .xlsx)")
	ResponseEntity<ImportJobResponse> uploadPart(@Parameter(
			description = "touchpoints, events, channel-actuals, line-spend, kpi-measurements or paths") @RequestParam(
					required = false) String kind,
			@Parameter(description = "append (default) or replace") @RequestParam(required = false) String mode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long planId, @RequestParam("file") MultipartFile file, Principal user)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			return accepted(this.imports.accept(
					ImportParameters.request(kind, mode, from, to, planId, file.getOriginalFilename(), user.getName()),
					in));
		}
	}

	@PostMapping
	@Operation(summary = "Import the request body: text/csv (Content-Encoding: gzip accepted) or an .xlsx workbook")
	ResponseEntity<ImportJobResponse> uploadBody(@RequestParam(required = false) String kind,
			@RequestParam(required = false) String mode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long planId, HttpServletRequest request, Principal user)
			throws IOException {
		try (InputStream in = request.getInputStream()) {
			return accepted(this.imports.accept(ImportParameters.request(kind, mode, from, to, planId,
					request.getHeader("X-File-Name"), user.getName()), in));
		}
	}

	@GetMapping("/{id}")
	@Operation(summary = "An import job: status, rows read and stored, the first errors with line, column and reason")
	ImportJobResponse get(@PathVariable long id) {
		return ImportJobResponse.from(this.imports.get(id));
	}

	@GetMapping
	@Operation(summary = "Import jobs, newest first")
	PageResponse<ImportJobResponse> list(@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return PageResponse.of(this.imports.list(PageRequest.of(page, size)), ImportJobResponse::from);
	}

	private static ResponseEntity<ImportJobResponse> accepted(ImportJob job) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/v1/imports/" + job.getId()))
			.body(ImportJobResponse.from(job));
	}

}
