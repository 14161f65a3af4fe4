package com.marketingplanner.domain.imports;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;

import com.marketingplanner.domain.marketingdata.DataKind;

/**
 * How one kind of data is imported, in two steps: {@link #check} reads every row of the
 * file, reports every error and prepares what to store (without writing to the database);
 * {@link Checked#store} then stores it inside the import's one transaction.
 */
interface KindImport {

	DataKind kind();

	/**
	 * Reads and checks every row. When {@code errors} is not empty afterwards, nothing is
	 * stored.
	 */
	Checked check(ImportContext context, ImportRows rows, ImportErrors errors) throws IOException;

	/** The header rules of the kind's files. */
	ImportRows rows(ImportContext context, com.marketingplanner.analytics.io.CsvScanner scanner, ImportErrors errors,
			java.util.function.IntSupplier percent);

	/** The checked rows of a file, ready to be stored. */
	interface Checked {

		long rowsRead();

		/** Stores the rows in the caller's transaction. */
		Stored store(ImportContext context, Connection connection) throws SQLException, IOException;

		/** Frees what the check left behind (spool files). */
		default void discard() {
		}

	}

	/**
	 * What was stored: rows stored and replaced (deleted by a replacing import), the days
	 * changed, and the plans whose rows changed.
	 */
	record Stored(long stored, long replaced, LocalDate from, LocalDate to, Set<Long> planIds) {

		boolean changedData() {
			return this.stored > 0 || this.replaced > 0;
		}

	}

}
