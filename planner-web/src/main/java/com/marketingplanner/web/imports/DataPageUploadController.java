package com.marketingplanner.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Hidden;

import com.marketingplanner.domain.imports.ImportJob;
import com.marketingplanner.domain.imports.ImportService;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Data page's own upload and status endpoints: the same as the API's, but under the
 * page's session and CSRF protection (the API is stateless, so a page cannot call it with
 * its session). Answers JSON, errors as problem+json.
 */
@RestController
@Hidden
class DataPageUploadController {

	private final ImportService imports;

	DataPageUploadController(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/data/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportJobResponse> upload(@RequestParam(required = false) String kind,
			@RequestParam(required = false) String mode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long planId, @RequestParam("file") MultipartFile file, Principal user)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			ImportJob job = this.imports.accept(
					ImportParameters.request(kind, mode, from, to, planId, file.getOriginalFilename(), user.getName()),
					in);
			return ResponseEntity.status(HttpStatus.ACCEPTED)
				.location(URI.create("/data/imports/" + job.getId()))
				.body(ImportJobResponse.from(job));
		}
	}

	@GetMapping("/data/imports/{id}/status")
	ImportJobResponse status(@PathVariable long id) {
		return ImportJobResponse.from(this.imports.get(id));
	}

}
