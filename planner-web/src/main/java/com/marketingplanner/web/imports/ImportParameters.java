package com.marketingplanner.web.imports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.marketingplanner.domain.imports.ImportMode;
import com.marketingplanner.domain.imports.ImportRequest;
import com.marketingplanner.domain.imports.ImportSource;
import com.marketingplanner.domain.marketingdata.DataKind;
import com.marketingplanner.domain.shared.BusinessRuleViolation;

/**
 * The query parameters of an upload, shared by the API and the Data page: {@code kind}
 * (required), {@code mode} ({@code append} by default, or {@code replace}), {@code from}
 * and {@code to} (ISO dates), {@code planId}.
 */
final class ImportParameters {

	private ImportParameters() {
	}

	static ImportRequest request(String kind, String mode, LocalDate from, LocalDate to, Long planId, String fileName,
			String requestedBy) {
		if (kind == null || kind.isBlank()) {
			throw new BusinessRuleViolation("kind", "error.import.kind-required",
					"Say which kind of data the file holds: " + kinds(), kinds());
		}
		DataKind dataKind = DataKind.fromSlug(kind)
			.orElseThrow(() -> new BusinessRuleViolation("kind", "error.import.kind-unknown",
					"Unknown kind '" + kind + "'; expected one of " + kinds(), kind, kinds()));
		ImportMode importMode;
		if (mode == null || mode.isBlank()) {
			importMode = ImportMode.APPEND;
		}
		else {
			try {
				importMode = ImportMode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new BusinessRuleViolation("mode", "error.import.mode-unknown",
						"Unknown mode '" + mode + "'; expected append or replace", mode);
			}
		}
		String name = (fileName != null && !fileName.isBlank()) ? fileName.strip() : null;
		if (name != null && name.length() > 300) {
			name = name.substring(name.length() - 300);
		}
		return new ImportRequest(dataKind, importMode, planId, from, to, name, requestedBy, ImportSource.UPLOAD);
	}

	static String kinds() {
		return Arrays.stream(DataKind.values()).map(DataKind::slug).collect(Collectors.joining(", "));
	}

}
