package com.marketingplanner.domain.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A {@code COPY ... FROM STDIN (FORMAT binary)} on the import's connection, fed buffer by
 * buffer while the rows are still being checked: the server stores rows on one core while
 * the check reads the file on the other. Nothing is visible to others before the import's
 * transaction commits; {@link #abort()} (on the first error) tells the server to drop
 * what it received, and the transaction is rolled back.
 */
final class CopyStream implements BinaryCopyWriter.Sink {

	private final CopyIn copy;

	private long rows = -1;

	CopyStream(Connection connection, String sql) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
	}

	@Override
	public void write(byte[] bytes, int length) throws IOException {
		try {
			this.copy.writeToCopy(bytes, 0, length);
		}
		catch (SQLException ex) {
			throw new IOException("the database refused the rows: " + ex.getMessage(), ex);
		}
	}

	/** Ends the COPY; the rows are stored once the transaction commits. */
	@Override
	public void close() throws IOException {
		try {
			this.rows = this.copy.endCopy();
		}
		catch (SQLException ex) {
			throw new IOException("the database refused the rows: " + ex.getMessage(), ex);
		}
	}

	/** Cancels the COPY if it still runs; the caller rolls the transaction back. */
	void abort() {
		if (this.copy.isActive()) {
			try {
				this.copy.cancelCopy();
			}
			catch (SQLException ex) {
				// the transaction is rolled back anyway
			}
		}
	}

	/** Rows the server stored, once closed. */
	long rows() {
		return this.rows;
	}

	/** A spool file as a sink: rows kept for a second step (the staging road). */
	static BinaryCopyWriter.Sink toFile(Path file) throws IOException {
		OutputStream out = Files.newOutputStream(file);
		return new BinaryCopyWriter.Sink() {

			@Override
			public void write(byte[] bytes, int length) throws IOException {
				out.write(bytes, 0, length);
			}

			@Override
			public void close() throws IOException {
				out.close();
			}

		};
	}

}
