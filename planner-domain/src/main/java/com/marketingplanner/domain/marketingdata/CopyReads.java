package com.marketingplanner.domain.marketingdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.marketingplanner.domain.shared.DateRange;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Reads query results by {@code COPY (query) TO STDOUT (FORMAT binary)} into collectors,
 * a period in parts on several connections at once when it can be done consistently.
 * <p>
 * Parts are read in parallel only inside a repeatable-read (or serializable) transaction
 * that has written nothing: the first part is read on the transaction's connection, the
 * others on connections of their own that import its snapshot
 * ({@code pg_export_snapshot()}, {@code SET TRANSACTION SNAPSHOT}), so every part sees
 * exactly the data the transaction sees; the database produces the parts on several cores
 * while the app decodes them on as many threads. Only one parallel read runs at a time (a
 * second one meanwhile reads in one part), so that concurrent reads never wait for each
 * other's pooled connections. Otherwise — read committed, no transaction, after a write,
 * or no further connection from the pool within its timeout — the whole period is read in
 * one COPY on the caller's connection.
 */
final class CopyReads {

	private final DataSource dataSource;

	private final Semaphore parallelRead = new Semaphore(1);

	CopyReads(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * The collectors of the parts, in part order, or one collector of the whole period
	 * when the parts are not read in parallel.
	 * @param parts consecutive ranges that together make the period
	 * @param query the query of one range
	 * @param add takes one row of the COPY into a collector
	 */
	<P> List<P> read(DateRange period, List<DateRange> parts, Function<DateRange, String> query, Supplier<P> collector,
			BiConsumer<P, BinaryCopyReader> add) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			if (parts.size() > 1 && this.parallelRead.tryAcquire()) {
				try {
					String snapshot = exportSnapshot(connection);
					List<P> read = (snapshot != null)
							? readInParallel(connection, snapshot, parts, query, collector, add) : null;
					if (read != null) {
						return read;
					}
				}
				finally {
					this.parallelRead.release();
				}
			}
			P all = collector.get();
			copyOut(connection, query.apply(period), (rows) -> add.accept(all, rows));
			return List.of(all);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private <P> List<P> readInParallel(Connection connection, String snapshot, List<DateRange> parts,
			Function<DateRange, String> query, Supplier<P> collector, BiConsumer<P, BinaryCopyReader> add) {
		List<Connection> others = otherConnections(parts.size() - 1);
		if (others == null) {
			return null;
		}
		ExecutorService pool = Executors.newFixedThreadPool(others.size(), (task) -> {
			Thread thread = new Thread(task, "marketing-data-read");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<P>> later = new ArrayList<>();
			for (int i = 1; i < parts.size(); i++) {
				Connection other = others.get(i - 1);
				String partQuery = query.apply(parts.get(i));
				later.add(pool.submit(() -> readWithSnapshot(other, snapshot, partQuery, collector, add)));
			}
			List<P> read = new ArrayList<>();
			P first = collector.get();
			copyOut(connection, query.apply(parts.get(0)), (rows) -> add.accept(first, rows));
			read.add(first);
			for (Future<P> part : later) {
				read.add(part.get());
			}
			return read;
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException("Cannot read marketing data: " + ex.getCause(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading marketing data", ex);
		}
		finally {
			pool.shutdownNow();
			others.forEach(CopyReads::close);
		}
	}

	/**
	 * Further connections from the pool, or null (after giving back those it got) when
	 * the pool cannot give them within its timeout: the read then goes in one part.
	 */
	private List<Connection> otherConnections(int count) {
		List<Connection> connections = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				connections.add(this.dataSource.getConnection());
			}
			return connections;
		}
		catch (SQLException ex) {
			connections.forEach(CopyReads::close);
			return null;
		}
	}

	private static void close(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// given back to the pool broken; the pool drops it
		}
	}

	/**
	 * The transaction's snapshot, exported for other connections; null when it cannot be
	 * shared (no transaction, read committed, or rows written that other connections
	 * would not see).
	 */
	private static String exportSnapshot(Connection connection) {
		try (var statement = connection.createStatement()) {
			if (connection.getAutoCommit()) {
				return null;
			}
			try (var result = statement.executeQuery(
					"select current_setting('transaction_isolation')," + " pg_current_xact_id_if_assigned() is null")) {
				result.next();
				String isolation = result.getString(1);
				boolean nothingWritten = result.getBoolean(2);
				if (!nothingWritten || !(isolation.equals("repeatable read") || isolation.equals("serializable"))) {
					return null;
				}
			}
			try (var result = statement.executeQuery("select pg_export_snapshot()")) {
				result.next();
				return result.getString(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read marketing data: " + ex.getMessage(), ex);
		}
	}

	/** A part read on a connection of its own, in the exported snapshot. */
	private static <P> P readWithSnapshot(Connection connection, String snapshot, String query, Supplier<P> collector,
			BiConsumer<P, BinaryCopyReader> add) {
		try {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				try (var statement = connection.createStatement()) {
					statement.execute("set transaction isolation level repeatable read, read only");
					statement.execute("set transaction snapshot '" + snapshot.replace("'", "''") + "'");
				}
				P part = collector.get();
				copyOut(connection, query, (rows) -> add.accept(part, rows));
				return part;
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read marketing data: " + ex.getMessage(), ex);
		}
	}

	/** Runs a binary COPY of the query and hands each of its rows to {@code row}. */
	static void copyOut(Connection connection, String query, Consumer<BinaryCopyReader> row) {
		try (InputStream in = new PGCopyInputStream(connection.unwrap(PGConnection.class),
				"copy (" + query + ") to stdout (format binary)")) {
			BinaryCopyReader rows = new BinaryCopyReader(in);
			while (rows.nextRow() >= 0) {
				row.accept(rows);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read marketing data: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
