package com.marketingplanner.domain.imports;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.marketingplanner.domain.marketingdata.DataTimeZone;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a kind's import needs besides the rows: the job, the data time zone, the channel
 * catalog, the database (in the import's transaction), a directory for spool files, where
 * to report progress, and a way to run a statement apart from the import's transaction.
 */
record ImportContext(long jobId, ImportRequest request, DataTimeZone zone, ChannelCatalog channels, JdbcClient jdbc,
		Path workDirectory, Progress progress, Apart apart) {

	/** Receives how far the check of the rows is. */
	interface Progress {

		void report(int percent, long rowsRead);

	}

	/** Runs work in a short transaction of its own, on another connection. */
	interface Apart {

		<T> T run(Supplier<T> work);

	}

	/**
	 * Runs {@code work} apart from the import's transaction, whose connection may be busy
	 * with a COPY (e.g. reserving a sequence value).
	 */
	<T> T separately(Supplier<T> work) {
		return this.apart.run(work);
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
