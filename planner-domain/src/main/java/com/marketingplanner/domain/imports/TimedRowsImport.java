package com.marketingplanner.domain.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import com.marketingplanner.analytics.io.IsoTimestamps;
import com.marketingplanner.domain.marketingdata.UserDictionary;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Import of the large time-stamped kinds (touchpoints, events). It runs inside the job's
 * transaction, holding the kind's advisory lock, and stores while it checks
 * (docs/data-import.md, ADR 0011): every valid row is encoded in binary COPY format and
 * goes one of two ways by its day (in the data time zone):
 * <ul>
 * <li>a day without stored rows of the kind (a new period, or any day of a replacing
 * import): straight into the table by a {@code COPY ... FROM STDIN (FORMAT binary)} that
 * runs on the database server while the check goes on ({@link CopyStream});</li>
 * <li>a day that holds stored rows: to a spool file; after the check these rows go
 * through a temporary staging table and one {@code INSERT ... SELECT ... WHERE NOT
 * EXISTS} of the rows whose key is not stored yet (a hash anti-join limited to those
 * days), so importing the same rows again stores nothing new.</li>
 * </ul>
 * On the first error the COPY is cancelled and the check goes on only to report errors;
 * the transaction is rolled back, so nothing is stored. The key compares with stored rows
 * only: rows repeated inside one file are stored as the file has them, so that the stored
 * data equal the file (and the command line's results on it).
 */
abstract class TimedRowsImport implements KindImport {

	/** Rows between two progress reports. */
	private static final int PROGRESS_EVERY = 1 << 16;

	/** Timestamps must lie within these years: a typo should not pass as data. */
	private static final long MIN_MILLIS = java.time.LocalDate.of(1900, 1, 1).toEpochDay() * 86_400_000L;

	private static final long MAX_MILLIS = java.time.LocalDate.of(3000, 1, 1).toEpochDay() * 86_400_000L;

	/** The table the rows go to. */
	abstract String table();

	/** The table's columns, in the order of the encoded fields. */
	abstract String columns();

	/** The condition that makes stored row {@code t} the same as staged row {@code s}. */
	abstract String sameRow();

	/**
	 * Checks the current row.
	 * @return its epoch milliseconds, or {@link Long#MIN_VALUE} when it is invalid (the
	 * errors are reported)
	 */
	abstract long checkRow(ImportContext context, ImportRows rows);

	/**
	 * Encodes the current row, checked valid, in the order of {@link #columns()}.
	 * @param user the number of the row's user in the kind's {@link UserDictionary}
	 */
	abstract void writeRow(ImportContext context, ImportRows rows, long epochMillis, int user, BinaryCopyWriter out)
			throws IOException;

	/**
	 * Work before the rows are stored, in the same transaction (e.g. new event names).
	 */
	void beforeStore(ImportContext context) {
	}

	@Override
	public Checked check(ImportContext context, ImportRows rows, ImportErrors errors, Connection connection)
			throws IOException {
		JdbcClient jdbc = context.jdbc();
		String kind = kind().name();
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
			.param("key", "marketing-data:" + kind)
			.query()
			.rowSet();
		CoveredDays covered = context.replaces() ? CoveredDays.NONE : CoveredDays.load(jdbc, kind);
		Streams streams = new Streams(context, connection, covered, UserDictionary.load(connection, kind()));
		try {
			if (rows.headerValid()) {
				int timestamp = rows.column("timestamp");
				long fromMillis = (context.from() != null) ? context.startOf(context.from()).toEpochMilli()
						: Long.MIN_VALUE;
				long toMillis = (context.to() != null) ? context.startOf(context.to().plusDays(1)).toEpochMilli()
						: Long.MAX_VALUE;
				while (rows.next()) {
					long millis = checkRow(context, rows);
					if (millis != Long.MIN_VALUE) {
						if (millis < MIN_MILLIS || millis >= MAX_MILLIS) {
							rows.error(timestamp, "timestamp outside the years 1900 to 2999");
						}
						else if (millis < fromMillis || millis >= toMillis) {
							rows.error(timestamp,
									"outside the period " + context.from() + " to " + context.to() + " being replaced");
						}
						else if (errors.isEmpty()) {
							streams.add(rows, millis);
						}
					}
					if (!errors.isEmpty()) {
						streams.abort();
					}
					if (rows.rowsRead() % PROGRESS_EVERY == 0) {
						context.progress().report(Math.min(99, rows.percentRead()), rows.rowsRead());
					}
				}
			}
			if (errors.isEmpty()) {
				streams.finish();
			}
			else {
				streams.abort();
			}
		}
		catch (SQLException ex) {
			streams.abort();
			throw new IOException(ex.getMessage(), ex);
		}
		catch (IOException | RuntimeException ex) {
			streams.abort();
			throw ex;
		}
		return new StreamedRows(streams, rows.rowsRead());
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

	/**
	 * The days (in the data time zone) that held stored rows of the kind when the import
	 * took the kind's lock: a row on such a day may repeat a stored one.
	 */
	private static final class CoveredDays {

		static final CoveredDays NONE = new CoveredDays(0, new boolean[0]);

		private final long firstDay;

		private final boolean[] covered;

		private CoveredDays(long firstDay, boolean[] covered) {
			this.firstDay = firstDay;
			this.covered = covered;
		}

		static CoveredDays load(JdbcClient jdbc, String kind) {
			long[] days = jdbc.sql("select day from marketing_data_day where kind = :kind and row_count > 0")
				.param("kind", kind)
				.query((row, index) -> row.getObject("day", LocalDate.class).toEpochDay())
				.list()
				.stream()
				.mapToLong(Long::longValue)
				.toArray();
			if (days.length == 0) {
				return NONE;
			}
			long first = Arrays.stream(days).min().getAsLong();
			long last = Arrays.stream(days).max().getAsLong();
			boolean[] covered = new boolean[(int) (last - first + 1)];
			for (long day : days) {
				covered[(int) (day - first)] = true;
			}
			return new CoveredDays(first, covered);
		}

		boolean contains(long epochDay) {
			long index = epochDay - this.firstDay;
			return index >= 0 && index < this.covered.length && this.covered[(int) index];
		}

	}

	/**
	 * Where the checked rows go: the COPY into the table (days without stored rows) or
	 * the spool of rows to compare with stored ones. Both are opened on their first row.
	 */
	private final class Streams {

		private final ImportContext context;

		private final Connection connection;

		private final CoveredDays covered;

		private final DayCounts allDays;

		private final DayCounts directDays;

		private final DayCounts comparedDays;

		private CopyStream copy;

		private BinaryCopyWriter direct;

		private Path spool;

		private BinaryCopyWriter compared;

		private long directRows;

		private long comparedRows;

		private final UserDictionary users;

		/**
		 * The previous row's user id and number: files often keep a user's rows together.
		 */
		private byte[] previousUser = new byte[64];

		private int previousUserLength = -1;

		private int previousUserNumber = -1;

		/** The users numbered by this import, to be stored with its rows. */
		private Path newUsersSpool;

		private BinaryCopyWriter newUsers;

		Streams(ImportContext context, Connection connection, CoveredDays covered, UserDictionary users) {
			this.context = context;
			this.connection = connection;
			this.covered = covered;
			this.users = users;
			this.allDays = new DayCounts(context.zone().zone());
			this.directDays = new DayCounts(context.zone().zone());
			this.comparedDays = new DayCounts(context.zone().zone());
		}

		void add(ImportRows rows, long millis) throws IOException, SQLException {
			int user = userNumber(rows);
			long day = this.allDays.addInstant(millis);
			if (this.covered.contains(day)) {
				if (this.compared == null) {
					this.spool = Files.createTempFile(this.context.workDirectory(), "job-" + this.context.jobId() + "-",
							".copy");
					this.compared = new BinaryCopyWriter(CopyStream.toFile(this.spool));
				}
				this.comparedDays.addDay(day);
				writeRow(this.context, rows, millis, user, this.compared);
			}
			else {
				if (this.direct == null) {
					this.copy = new CopyStream(this.connection,
							"copy " + table() + " (" + columns() + ") from stdin (format binary)");
					this.direct = new BinaryCopyWriter(this.copy);
				}
				this.directDays.addDay(day);
				writeRow(this.context, rows, millis, user, this.direct);
			}
		}

		/**
		 * The number of the row's user; a user id seen for the first time gets the next
		 * number and goes to the spool of new users.
		 */
		private int userNumber(ImportRows rows) throws IOException {
			var scanner = rows.scanner();
			int column = rows.column("user_id");
			int from = scanner.start(column);
			int to = scanner.end(column);
			if (to - from == this.previousUserLength
					&& Arrays.equals(scanner.bytes(), from, to, this.previousUser, 0, this.previousUserLength)) {
				return this.previousUserNumber;
			}
			int user = this.users.find(scanner.bytes(), from, to);
			if (user < 0) {
				user = this.users.add(scanner.bytes(), from, to);
				if (this.newUsers == null) {
					this.newUsersSpool = Files.createTempFile(this.context.workDirectory(),
							"job-" + this.context.jobId() + "-users-", ".copy");
					this.newUsers = new BinaryCopyWriter(CopyStream.toFile(this.newUsersSpool));
				}
				this.newUsers.row(2);
				this.newUsers.int4(user);
				this.newUsers.text(scanner.bytes(), from, to);
			}
			if (to - from > this.previousUser.length) {
				this.previousUser = new byte[to - from];
			}
			System.arraycopy(scanner.bytes(), from, this.previousUser, 0, to - from);
			this.previousUserLength = to - from;
			this.previousUserNumber = user;
			return user;
		}

		/** Stores the users this import numbered in the kind's dictionary. */
		void storeNewUsers() throws SQLException, IOException {
			if (this.newUsersSpool == null) {
				return;
			}
			try (InputStream in = new BufferedInputStream(Files.newInputStream(this.newUsersSpool), 1 << 20)) {
				this.connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy " + UserDictionary.table(kind()) + " (user_no, user_key) from stdin (format binary)",
							in, 1 << 20);
			}
		}

		/** Ends the COPY and closes the spools. */
		void finish() throws IOException {
			if (this.newUsers != null) {
				this.newUsers.close();
				this.newUsers = null;
			}
			if (this.direct != null) {
				this.direct.close();
				this.directRows = this.copy.rows();
				this.direct = null;
			}
			if (this.compared != null) {
				this.comparedRows = this.compared.rows();
				this.compared.close();
				this.compared = null;
			}
		}

		/** Cancels the COPY and drops the spool; nothing of them may be stored. */
		void abort() {
			if (this.copy != null) {
				this.copy.abort();
				this.copy = null;
				this.direct = null;
			}
			if (this.compared != null) {
				try {
					this.compared.close();
				}
				catch (IOException ex) {
					// deleted below
				}
				this.compared = null;
			}
			if (this.newUsers != null) {
				try {
					this.newUsers.close();
				}
				catch (IOException ex) {
					// deleted below
				}
				this.newUsers = null;
			}
			discard();
		}

		void discard() {
			delete(this.newUsersSpool);
			this.newUsersSpool = null;
			delete(this.spool);
			this.spool = null;
		}

		private static void delete(Path file) {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// a leftover spool file in the work directory is removed at the next
					// start
				}
			}
		}

	}

	/** The rows of a checked file: copied into the table, and spooled for comparison. */
	private final class StreamedRows implements Checked {

		private final Streams streams;

		private final long rowsRead;

		StreamedRows(Streams streams, long rowsRead) {
			this.streams = streams;
			this.rowsRead = rowsRead;
		}

		@Override
		public long rowsRead() {
			return this.rowsRead;
		}

		@Override
		public Stored store(ImportContext context, Connection connection) throws SQLException, IOException {
			JdbcClient jdbc = context.jdbc();
			String kind = kind().name();
			LocalDate fileFrom = this.streams.allDays.firstDay();
			LocalDate fileTo = this.streams.allDays.lastDay();
			LocalDate from = (context.from() != null) ? context.from() : fileFrom;
			LocalDate to = (context.to() != null) ? context.to() : fileTo;
			long replaced = 0;
			if (context.replaces() && from != null) {
				replaced = jdbc
					.sql("delete from " + table() + " where occurred_at >= :start and occurred_at < :end"
							+ " and import_job_id <> :job")
					.param("start", Timestamp.from(context.startOf(from)))
					.param("end", Timestamp.from(context.startOf(to.plusDays(1))))
					.param("job", context.jobId())
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
			this.streams.storeNewUsers();
			for (Map.Entry<LocalDate, Long> day : this.streams.directDays.byDay().entrySet()) {
				jdbc.sql("insert into marketing_data_day (kind, day, row_count) values (:kind, :day, :rows)"
						+ " on conflict (kind, day) do update set row_count = marketing_data_day.row_count"
						+ " + excluded.row_count")
					.param("kind", kind)
					.param("day", day.getKey())
					.param("rows", day.getValue())
					.update();
			}
			long stored = this.streams.directRows;
			if (this.streams.comparedRows > 0) {
				stored += storeNotYetStored(context, connection);
			}
			return new Stored(stored, replaced, min(from, fileFrom), max(to, fileTo), Set.of());
		}

		/**
		 * The staging road for the rows on days that held stored rows: those whose key is
		 * not stored yet are inserted; the coverage of those days is counted again.
		 */
		private long storeNotYetStored(ImportContext context, Connection connection) throws SQLException, IOException {
			JdbcClient jdbc = context.jdbc();
			LocalDate from = this.streams.comparedDays.firstDay();
			LocalDate to = this.streams.comparedDays.lastDay();
			String stage = table() + "_stage";
			jdbc.sql("drop table if exists " + stage).update();
			jdbc.sql("create temp table " + stage + " (like " + table() + ") on commit drop").update();
			try (InputStream in = new BufferedInputStream(Files.newInputStream(this.streams.spool), 1 << 20)) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy " + stage + " (" + columns() + ") from stdin (format binary)", in, 1 << 20);
			}
			jdbc.sql("set local work_mem = '256MB'").update();
			long stored = jdbc
				.sql("insert into " + table() + " (" + columns() + ") select " + columns() + " from " + stage
						+ " s where not exists (select 1 from " + table() + " t where t.occurred_at >= :start"
						+ " and t.occurred_at < :end and t.import_job_id <> :job and " + sameRow() + ")")
				.param("start", Timestamp.from(context.startOf(from)))
				.param("end", Timestamp.from(context.startOf(to.plusDays(1))))
				.param("job", context.jobId())
				.update();
			String kind = kind().name();
			jdbc.sql("delete from marketing_data_day where kind = :kind and day between :from and :to")
				.param("kind", kind)
				.param("from", from)
				.param("to", to)
				.update();
			jdbc.sql("insert into marketing_data_day (kind, day, row_count) select :kind,"
					+ " (occurred_at at time zone :zone)::date, count(*) from " + table()
					+ " where occurred_at >= :start and occurred_at < :end group by 2")
				.param("kind", kind)
				.param("zone", context.zone().zone().getId())
				.param("start", Timestamp.from(context.startOf(from)))
				.param("end", Timestamp.from(context.startOf(to.plusDays(1))))
				.update();
			return stored;
		}

		@Override
		public void discard() {
			this.streams.discard();
		}

		private static LocalDate min(LocalDate a, LocalDate b) {
			return (a == null || b.isBefore(a)) ? b : a;
		}

		private static LocalDate max(LocalDate a, LocalDate b) {
			return (a == null || b.isAfter(a)) ? b : a;
		}

	}

}
