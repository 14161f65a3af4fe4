package com.marketingplanner.domain.imports;

import java.time.LocalDate;

import com.marketingplanner.domain.marketingdata.DataKind;

/**
 * What an upload asks for: the kind of rows, append or replace, an optional plan (rows of
 * plan-scoped kinds may then leave out the plan columns), an optional period
 * ({@code from} and {@code to}: required for path aggregates; for a replacing import the
 * period to replace), the file's name and who asked.
 */
public record ImportRequest(DataKind kind, ImportMode mode, Long planId, LocalDate from, LocalDate to, String fileName,
		String requestedBy, ImportSource source) {

	public ImportRequest {
		mode = (mode != null) ? mode : ImportMode.APPEND;
		source = (source != null) ? source : ImportSource.UPLOAD;
	}

}
