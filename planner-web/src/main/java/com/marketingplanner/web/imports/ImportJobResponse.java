package com.marketingplanner.web.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.domain.imports.ImportError;
import com.marketingplanner.domain.imports.ImportJob;

/**
 * An import job as the API shows it. {@code kind} is the name used in {@code ?kind=...};
 * {@code errors} holds the first errors (at most 100), {@code errorCount} all of them;
 * {@code progress} is 0–100 while the job runs.
 */
public record ImportJobResponse(long id, String kind, String mode, String status, long rowsRead, long rowsStored,
		long rowsReplaced, List<ErrorResponse> errors, long errorCount, int progress, String fileName, String format,
		long fileBytes, String source, Long planId, LocalDate from, LocalDate to, String requestedBy, Instant createdAt,
		Instant startedAt, Instant finishedAt, Long dataVersion) {

	/** One error: the 1-based line (sheet row), the column's header name, the reason. */
	public record ErrorResponse(Long line, String column, String reason) {

		static ErrorResponse from(ImportError error) {
			return new ErrorResponse(error.getLine(), error.getColumn(), error.getReason());
		}

	}

	public static ImportJobResponse from(ImportJob job) {
		return new ImportJobResponse(job.getId(), job.getKind().slug(), job.getMode().name().toLowerCase(),
				job.getStatus().name(), job.getRowsRead(), job.getRowsStored(), job.getRowsReplaced(),
				job.getErrors().stream().map(ErrorResponse::from).toList(), job.getErrorCount(), job.getProgress(),
				job.getFileName(), job.getFileFormat().name(), job.getFileBytes(), job.getSource().name(),
				job.getPlanId(), job.getPeriodStart(), job.getPeriodEnd(), job.getRequestedBy(), job.getCreatedAt(),
				job.getStartedAt(), job.getFinishedAt(), job.getDataVersion());
	}

}
