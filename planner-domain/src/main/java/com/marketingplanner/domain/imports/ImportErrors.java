package com.marketingplanner.domain.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors found while checking a file: the first {@value ImportJob#MAX_ERRORS} and the
 * count.
 */
final class ImportErrors {

	private final List<ImportError> first = new ArrayList<>();

	private long total;

	void add(long line, String column, String reason) {
		this.total++;
		if (this.first.size() < ImportJob.MAX_ERRORS) {
			this.first.add(new ImportError(line, column, reason));
		}
	}

	void addForFile(String reason) {
		this.total++;
		if (this.first.size() < ImportJob.MAX_ERRORS) {
			this.first.add(ImportError.ofFile(reason));
		}
	}

	boolean isEmpty() {
		return this.total == 0;
	}

	List<ImportError> first() {
		return this.first;
	}

	long total() {
		return this.total;
	}

}
