package com.marketingplanner.domain.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.marketingplanner.analytics.io.ByteKeyIndex;
import com.marketingplanner.analytics.io.CsvScanner;
import com.marketingplanner.domain.marketingdata.DataKind;

import org.springframework.stereotype.Component;

/**
 * Events {@code user_id,timestamp,event} with an optional {@code property} column (a
 * breakdown value such as the device). Any event name is fine; names get small numbers in
 * {@code user_event_name}. An event is the same as a stored one when user, timestamp and
 * event name are equal.
 */
@Component
class EventImport extends TimedRowsImport {

	static final List<String> COLUMNS = List.of("user_id", "timestamp", "event");

	@Override
	public DataKind kind() {
		return DataKind.EVENTS;
	}

	@Override
	public ImportRows rows(ImportContext context, CsvScanner scanner, ImportErrors errors,
			java.util.function.IntSupplier percent) {
		return new ImportRows(scanner, errors, percent, COLUMNS, List.of("property"), List.of(), Set.of());
	}

	@Override
	String table() {
		return "user_event";
	}

	@Override
	String columns() {
		return "occurred_at, import_job_id, event_id, user_no, property";
	}

	@Override
	String sameRow() {
		return "t.occurred_at = s.occurred_at and t.user_no = s.user_no and t.event_id = s.event_id";
	}

	/** Event names of one import: the stored ones, and new ones with reserved ids. */
	private final ThreadLocal<EventNames> names = new ThreadLocal<>();

	@Override
	public Checked check(ImportContext context, ImportRows rows, ImportErrors errors, java.sql.Connection connection)
			throws IOException {
		this.names.set(new EventNames(context));
		try {
			Checked checked = super.check(context, rows, errors, connection);
			EventNames seen = this.names.get();
			return new Checked() {

				@Override
				public long rowsRead() {
					return checked.rowsRead();
				}

				@Override
				public Stored store(ImportContext storeContext, java.sql.Connection connection)
						throws java.sql.SQLException, IOException {
					seen.storeNew(storeContext);
					return checked.store(storeContext, connection);
				}

				@Override
				public void discard() {
					checked.discard();
				}

			};
		}
		finally {
			this.names.remove();
		}
	}

	@Override
	long checkRow(ImportContext context, ImportRows rows) {
		int property = rows.column("property");
		boolean valid = checkText(rows, rows.column("user_id"), 500, true);
		valid &= checkText(rows, rows.column("event"), 200, true);
		if (property >= 0) {
			valid &= checkText(rows, property, 200, false);
		}
		long millis = timestamp(rows, rows.column("timestamp"));
		return (valid && millis != Long.MIN_VALUE) ? millis : Long.MIN_VALUE;
	}

	@Override
	void writeRow(ImportContext context, ImportRows rows, long millis, int user, BinaryCopyWriter out)
			throws IOException {
		CsvScanner s = rows.scanner();
		byte[] b = s.bytes();
		int event = rows.column("event");
		int property = rows.column("property");
		int eventId = this.names.get().id(b, s.start(event), s.end(event));
		out.row(5);
		out.timestamp(millis);
		out.int8(context.jobId());
		out.int4(eventId);
		out.int4(user);
		if (property < 0 || s.isEmpty(property)) {
			out.nullValue();
		}
		else {
			out.text(b, s.start(property), s.end(property));
		}
	}

	/**
	 * The ids of event names by their bytes. A name not stored yet gets an id reserved
	 * from the table's identity sequence during the check (a sequence is not
	 * transactional, so this writes nothing), and is stored with the rows.
	 */
	private static final class EventNames {

		private final ByteKeyIndex index = new ByteKeyIndex();

		private final List<Integer> ids = new ArrayList<>();

		private final List<String> newNames = new ArrayList<>();

		private final List<Integer> newIds = new ArrayList<>();

		private final ImportContext context;

		EventNames(ImportContext context) {
			this.context = context;
			context.jdbc().sql("select id, name from user_event_name").query((row) -> {
				byte[] name = row.getString("name").getBytes(StandardCharsets.UTF_8);
				this.index.add(name, 0, name.length);
				this.ids.add(row.getInt("id"));
			});
		}

		int id(byte[] bytes, int from, int to) {
			int known = this.index.find(bytes, from, to);
			if (known >= 0) {
				return this.ids.get(known);
			}
			// the job's connection is busy with the COPY: the id comes over another one
			int id = this.context.separately(() -> this.context.jdbc()
				.sql("select nextval(pg_get_serial_sequence('user_event_name', 'id'))")
				.query(Integer.class)
				.single());
			this.index.add(bytes, from, to);
			this.ids.add(id);
			this.newNames.add(new String(bytes, from, to - from, StandardCharsets.UTF_8));
			this.newIds.add(id);
			return id;
		}

		/**
		 * Stores the new names with their reserved ids.
		 * @throws IllegalStateException when another import stored one of them meanwhile
		 */
		void storeNew(ImportContext storeContext) {
			for (int i = 0; i < this.newNames.size(); i++) {
				int inserted = storeContext.jdbc()
					.sql("insert into user_event_name (id, name) values (:id, :name) on conflict do nothing")
					.param("id", this.newIds.get(i))
					.param("name", this.newNames.get(i))
					.update();
				if (inserted == 0) {
					throw new IllegalStateException("another import stored the event name '" + this.newNames.get(i)
							+ "' at the same time; import the file again");
				}
			}
		}

	}

}
