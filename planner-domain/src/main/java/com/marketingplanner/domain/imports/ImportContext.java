package com.marketingplanner.domain.imports;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import com.marketingplanner.domain.marketingdata.DataTimeZone;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a kind's import needs besides the rows: the job, the data time zone, the channel
 * catalog, the database, a directory for spool files and where to report progress.
 */
record ImportContext(long jobId, ImportRequest request, DataTimeZone zone, ChannelCatalog channels, JdbcClient jdbc,
		Path workDirectory, Progress progress) {

	/** Receives how far the check of the rows is. */
	interface Progress {

		void report(int percent, long rowsRead);

	}

	boolean replaces() {
		return this.request.mode() == ImportMode.REPLACE;
	}

	/** The period given with the request, or null when not both ends are given. */
	LocalDate from() {
		return this.request.from();
	}

	LocalDate to() {
		return this.request.to();
	}

	Instant startOf(LocalDate day) {
		return this.zone.startOf(day);
	}

}
