package com.marketingplanner.domain.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where uploads and spool files wait ({@code planner.imports.work-dir}, default a
 * directory in the system's temporary directory) and how many imports run at once
 * ({@code planner.imports.workers}, default 1; more only helps with more cores and a
 * database that keeps up).
 */
@Component
public class ImportSettings {

	private final Path workDirectory;

	private final int workers;

	public ImportSettings(
			@Value("${planner.imports.work-dir:${java.io.tmpdir}/marketing-planner-imports}") Path workDirectory,
			@Value("${planner.imports.workers:1}") int workers) {
		this.workDirectory = workDirectory;
		this.workers = Math.max(1, workers);
		try {
			Files.createDirectories(workDirectory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the import work directory " + workDirectory, ex);
		}
	}

	public Path workDirectory() {
		return this.workDirectory;
	}

	public int workers() {
		return this.workers;
	}

	/**
	 * Where the upload of a job is kept until the job has run. Job ids start at 1 in
	 * every database, so the name also carries the job's creation time: two databases on
	 * one machine (a dev app and a test run, two demo instances) never share an upload,
	 * while the same job finds its upload again after a restart.
	 */
	Path uploadOf(ImportJob job) {
		return this.workDirectory.resolve("upload-" + job.getId() + "-" + job.getCreatedAt().toEpochMilli());
	}

}
