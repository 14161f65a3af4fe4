package com.marketingplanner.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One reason an import failed: the 1-based line of the file (the row of the sheet), the
 * column (its header name) and the reason. Line and column are null for an error of the
 * whole file.
 */
@Embeddable
public class ImportError {

	private Long line;

	@Column(name = "column_name")
	private String column;

	@Column(nullable = false)
	private String reason;

	protected ImportError() {
	}

	public ImportError(Long line, String column, String reason) {
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	public static ImportError ofFile(String reason) {
		return new ImportError(null, null, reason);
	}

	public Long getLine() {
		return this.line;
	}

	public String getColumn() {
		return this.column;
	}

	public String getReason() {
		return this.reason;
	}

	@Override
	public String toString() {
		return "line " + this.line + ", " + this.column + ": " + this.reason;
	}

}
