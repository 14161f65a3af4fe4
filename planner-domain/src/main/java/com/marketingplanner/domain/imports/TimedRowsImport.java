package com.marketingplanner.domain.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import com.marketingplanner.analytics.io.IsoTimestamps;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Import of the large time-stamped kinds (touchpoints, events). The check writes every
 * valid row in binary COPY format to a spool file and counts rows per day; the store then
 * takes one of two roads (docs/data-import.md):
 * <ul>
 * <li>no stored rows on the file's days (the usual case: a new period; or after a
 * replacing import deleted them): one {@code COPY ... FROM STDIN (FORMAT binary)}
 * straight into the table, the fastest way into PostgreSQL;</li>
 * <li>stored rows on those days: COPY into a temporary staging table, then one
 * {@code INSERT ... SELECT ... WHERE NOT EXISTS} of the rows whose key is not stored yet
 * (a hash anti-join limited to the file's time range), so importing the same rows again
 * stores nothing new.</li>
 * </ul>
 * The key compares with stored rows only: rows repeated inside one file are stored as the
 * file has them, so that the stored data equal the file (and the command line's results
 * on it).
 */
abstract class TimedRowsImport implements KindImport {

	/** Rows between two progress reports. */
	private static final int PROGRESS_EVERY = 1 << 16;

	/** Timestamps must lie within these years: a typo should not pass as data. */
	private static final long MIN_MILLIS = java.time.LocalDate.of(1900, 1, 1).toEpochDay() * 86_400_000L;

	private static final long MAX_MILLIS = java.time.LocalDate.of(3000, 1, 1).toEpochDay() * 86_400_000L;

	/** The table the rows go to. */
	abstract String table();

	/** The table's columns, in the order of the spool's fields. */
	abstract String columns();

	/** The condition that makes stored row {@code t} the same as staged row {@code s}. */
	abstract String sameRow();

	/**
	 * Checks the current row and writes it to the spool.
	 * @return its epoch milliseconds, or {@link Long#MIN_VALUE} when it is invalid (the
	 * errors are reported)
	 */
	abstract long checkRow(ImportContext context, ImportRows rows, BinaryCopyWriter spool) throws IOException;

	/**
	 * Work before the rows are stored, in the same transaction (e.g. new event names).
	 */
	void beforeStore(ImportContext context) {
	}

	@Override
	public Checked check(ImportContext context, ImportRows rows, ImportErrors errors) throws IOException {
		Path spool = Files.createTempFile(context.workDirectory(), "job-" + context.jobId() + "-", ".copy");
		DayCounts days = new DayCounts(context.zone().zone());
		long fromMillis = (context.from() != null) ? context.startOf(context.from()).toEpochMilli() : Long.MIN_VALUE;
		long toMillis = (context.to() != null) ? context.startOf(context.to().plusDays(1)).toEpochMilli()
				: Long.MAX_VALUE;
		long spooled;
		try (BinaryCopyWriter writer = new BinaryCopyWriter(spool)) {
			if (rows.headerValid()) {
				int timestamp = rows.column("timestamp");
				while (rows.next()) {
					long millis = checkRow(context, rows, writer);
					if (millis != Long.MIN_VALUE) {
						if (millis < MIN_MILLIS || millis >= MAX_MILLIS) {
							rows.error(timestamp, "timestamp outside the years 1900 to 2999");
						}
						else if (millis < fromMillis || millis >= toMillis) {
							rows.error(timestamp,
									"outside the period " + context.from() + " to " + context.to() + " being replaced");
						}
						else {
							days.addInstant(millis);
						}
					}
					if (rows.rowsRead() % PROGRESS_EVERY == 0) {
						context.progress().report(rows.percentRead() * 9 / 10, rows.rowsRead());
					}
				}
			}
			spooled = writer.rows();
		}
		return new SpooledRows(spool, days, rows.rowsRead(), spooled);
	}

	/**
	 * The epoch milliseconds of the current row's timestamp, or {@link Long#MIN_VALUE}
	 * (reported) when it is empty or no ISO-8601 timestamp.
	 */
	static long timestamp(ImportRows rows, int column) {
		var scanner = rows.scanner();
		if (scanner.isEmpty(column)) {
			rows.error(column, "empty timestamp");
			return Long.MIN_VALUE;
		}
		long millis = IsoTimestamps.epochMillis(scanner.bytes(), scanner.start(column), scanner.end(column));
		if (millis == IsoTimestamps.NOT_FAST) {
			rows.error(column, "'" + scanner.text(column) + "' is not an ISO-8601 timestamp");
			return Long.MIN_VALUE;
		}
		return millis;
	}

	/** Reads a text field's UTF-8 bytes; false (reported) when empty, too long or NUL. */
	static boolean checkText(ImportRows rows, int column, int maxBytes, boolean required) {
		var scanner = rows.scanner();
		int from = scanner.start(column);
		int to = scanner.end(column);
		if (from == to) {
			if (required) {
				rows.error(column, "empty " + rows.columnName(column));
				return false;
			}
			return true;
		}
		if (to - from > maxBytes) {
			rows.error(column, "longer than " + maxBytes + " bytes");
			return false;
		}
		byte[] b = scanner.bytes();
		for (int i = from; i < to; i++) {
			if (b[i] == 0) {
				rows.error(column, "contains a NUL character");
				return false;
			}
		}
		return true;
	}

	/** The rows of a checked file, spooled in binary COPY format. */
	private final class SpooledRows implements Checked {

		private final Path spool;

		private final DayCounts days;

		private final long rowsRead;

		private final long spooled;

		SpooledRows(Path spool, DayCounts days, long rowsRead, long spooled) {
			this.spool = spool;
			this.days = days;
			this.rowsRead = rowsRead;
			this.spooled = spooled;
		}

		@Override
		public long rowsRead() {
			return this.rowsRead;
		}

		@Override
		public Stored store(ImportContext context, Connection connection) throws SQLException, IOException {
			JdbcClient jdbc = context.jdbc();
			String kind = kind().name();
			jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
				.param("key", "marketing-data:" + kind)
				.query()
				.rowSet();
			LocalDate fileFrom = this.days.firstDay();
			LocalDate fileTo = this.days.lastDay();
			LocalDate from = (context.from() != null) ? context.from() : fileFrom;
			LocalDate to = (context.to() != null) ? context.to() : fileTo;
			long replaced = 0;
			if (context.replaces() && from != null) {
				replaced = jdbc.sql("delete from " + table() + " where occurred_at >= :start and occurred_at < :end")
					.param("start", java.sql.Timestamp.from(context.startOf(from)))
					.param("end", java.sql.Timestamp.from(context.startOf(to.plusDays(1))))
					.update();
				jdbc.sql("delete from marketing_data_day where kind = :kind and day between :from and :to")
					.param("kind", kind)
					.param("from", from)
					.param("to", to)
					.update();
			}
			if (fileFrom == null) {
				return new Stored(0, replaced, from, to, Set.of());
			}
			beforeStore(context);
			boolean overlaps = jdbc
				.sql("select exists (select 1 from marketing_data_day where kind = :kind"
						+ " and day between :from and :to and row_count > 0)")
				.param("kind", kind)
				.param("from", fileFrom)
				.param("to", fileTo)
				.query(Boolean.class)
				.single();
			long stored;
			if (!overlaps) {
				copyIn(connection, "copy " + table() + " (" + columns() + ") from stdin (format binary)");
				stored = this.spooled;
				for (Map.Entry<LocalDate, Long> day : this.days.byDay().entrySet()) {
					jdbc.sql("insert into marketing_data_day (kind, day, row_count) values (:kind, :day, :rows)"
							+ " on conflict (kind, day) do update set row_count = marketing_data_day.row_count"
							+ " + excluded.row_count")
						.param("kind", kind)
						.param("day", day.getKey())
						.param("rows", day.getValue())
						.update();
				}
			}
			else {
				String stage = table() + "_stage";
				jdbc.sql("drop table if exists " + stage).update();
				jdbc.sql("create temp table " + stage + " (like " + table() + ") on commit drop").update();
				copyIn(connection, "copy " + stage + " (" + columns() + ") from stdin (format binary)");
				jdbc.sql("set local work_mem = '256MB'").update();
				stored = jdbc
					.sql("insert into " + table() + " (" + columns() + ") select " + columns() + " from " + stage
							+ " s where not exists (select 1 from " + table() + " t where t.occurred_at >= :start"
							+ " and t.occurred_at < :end and " + sameRow() + ")")
					.param("start", java.sql.Timestamp.from(context.startOf(fileFrom)))
					.param("end", java.sql.Timestamp.from(context.startOf(fileTo.plusDays(1))))
					.update();
				recountDays(context, fileFrom, fileTo);
			}
			return new Stored(stored, replaced, min(from, fileFrom), max(to, fileTo), Set.of());
		}

		private void recountDays(ImportContext context, LocalDate from, LocalDate to) {
			String kind = kind().name();
			context.jdbc()
				.sql("delete from marketing_data_day where kind = :kind and day between :from and :to")
				.param("kind", kind)
				.param("from", from)
				.param("to", to)
				.update();
			context.jdbc()
				.sql("insert into marketing_data_day (kind, day, row_count) select :kind,"
						+ " (occurred_at at time zone :zone)::date, count(*) from " + table()
						+ " where occurred_at >= :start and occurred_at < :end group by 2")
				.param("kind", kind)
				.param("zone", context.zone().zone().getId())
				.param("start", java.sql.Timestamp.from(context.startOf(from)))
				.param("end", java.sql.Timestamp.from(context.startOf(to.plusDays(1))))
				.update();
		}

		private void copyIn(Connection connection, String sql) throws SQLException, IOException {
			try (InputStream in = new BufferedInputStream(Files.newInputStream(this.spool), 1 << 20)) {
				connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in, 1 << 20);
			}
		}

		@Override
		public void discard() {
			try {
				Files.deleteIfExists(this.spool);
			}
			catch (IOException ex) {
				// a leftover spool file in the work directory is removed at the next
				// start
			}
		}

		private static LocalDate min(LocalDate a, LocalDate b) {
			return (a == null || b.isBefore(a)) ? b : a;
		}

		private static LocalDate max(LocalDate a, LocalDate b) {
			return (a == null || b.isAfter(a)) ? b : a;
		}

	}

}
