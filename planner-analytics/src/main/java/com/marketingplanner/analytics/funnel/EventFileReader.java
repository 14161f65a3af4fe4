package com.marketingplanner.analytics.funnel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.marketingplanner.analytics.io.ByteKeyIndex;
import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.analytics.io.CsvScanner;
import com.marketingplanner.analytics.io.FileSlices;
import com.marketingplanner.analytics.io.IsoTimestamps;
import com.marketingplanner.analytics.io.SliceReading;

/**
 * Reads an event file {@code user_id,timestamp,event} (more columns allowed, e.g. one for
 * the breakdown) into an {@link EventLog} with the byte-level {@link CsvScanner} (the
 * import's parser): the file is streamed, users, event names and property values are
 * numbered by their bytes, and rows become primitive columns, so a 10 M row file needs no
 * String per field and no copy of the file in memory. A large file is cut at line starts
 * into one slice per core ({@link FileSlices}), parsed in parallel and merged in file
 * order, so the numbering is that of a single pass. Rules and messages are those of the
 * general CSV reader: the first bad row stops the read with {@code file:line: reason}
 * (found by a single pass, which also takes over when a cut fell inside a quoted field).
 */
public final class EventFileReader {

	/** Slices smaller than this are not worth a thread. */
	static final long MIN_SLICE_BYTES = 16L << 20;

	private final Layout layout;

	/** The event names to keep, or null for all. */
	private final Set<String> onlyEvents;

	private final ByteKeyIndex users = new ByteKeyIndex();

	/** Every event name seen, kept or not. */
	private final ByteKeyIndex events = new ByteKeyIndex();

	/** The log's number of each seen event name ({@code events} id), -1 if not kept. */
	private int[] eventNumbers = new int[16];

	private final List<String> eventNames = new ArrayList<>();

	private final ByteKeyIndex properties = new ByteKeyIndex();

	private final List<String> propertyValues = new ArrayList<>();

	private int size;

	private int[] userColumn = new int[1 << 16];

	private long[] timeColumn = new long[1 << 16];

	private int[] eventColumn = new int[1 << 16];

	private int[] propertyColumn;

	private EventFileReader(Layout layout, Set<String> onlyEvents) {
		this.layout = layout;
		this.onlyEvents = onlyEvents;
		if (layout.property() >= 0) {
			this.propertyColumn = new int[this.userColumn.length];
		}
	}

	/** The events of {@code file}; {@code breakdownColumn} may be {@code null}. */
	public static EventLog read(Path file, String breakdownColumn) {
		return read(file, breakdownColumn, null);
	}

	/**
	 * The events of {@code file} whose name is one of {@code onlyEvents} (null: all),
	 * e.g. a funnel's steps: every row is checked as before, the others are just not kept
	 * (nor their users, when they have no kept event).
	 */
	public static EventLog read(Path file, String breakdownColumn, Collection<String> onlyEvents) {
		return read(file, breakdownColumn, onlyEvents, Runtime.getRuntime().availableProcessors(), MIN_SLICE_BYTES);
	}

	/** As {@link #read(Path, String, Collection)}, in up to {@code threads} slices. */
	static EventLog read(Path file, String breakdownColumn, Collection<String> onlyEvents, int threads,
			long minSliceBytes) {
		Set<String> kept = (onlyEvents == null) ? null : Set.copyOf(onlyEvents);
		return SliceReading.read(file, threads, minSliceBytes,
				(scanner) -> new EventFileReader(Layout.of(scanner, breakdownColumn), kept),
				(first, scanner) -> new EventFileReader(first.layout, kept), EventFileReader::readAll,
				EventFileReader::merge);
	}

	/** Where the columns are. */
	private record Layout(int user, int timestamp, int event, int property, int needed) {

		static Layout of(CsvScanner scanner, String breakdownColumn) {
			int user = scanner.requireColumn("user_id");
			int timestamp = scanner.requireColumn("timestamp");
			int event = scanner.requireColumn("event");
			int property = (breakdownColumn == null) ? -1 : scanner.requireColumn(breakdownColumn);
			return new Layout(user, timestamp, event, property,
					Math.max(Math.max(user, timestamp), Math.max(event, property)) + 1);
		}

	}

	private void readAll(CsvScanner scanner) {
		Layout layout = this.layout;
		while (scanner.next()) {
			if (scanner.problem() != null) {
				throw scanner.error(scanner.problem());
			}
			if (scanner.fieldCount() < layout.needed()) {
				throw scanner.error("expected at least " + layout.needed() + " fields, found " + scanner.fieldCount());
			}
			if (scanner.isEmpty(layout.user()) || scanner.isEmpty(layout.event())) {
				throw scanner.error("empty user_id or event");
			}
			byte[] b = scanner.bytes();
			long millis = IsoTimestamps.epochMillis(b, scanner.start(layout.timestamp()),
					scanner.end(layout.timestamp()));
			if (millis == IsoTimestamps.NOT_FAST) {
				throw scanner
					.error("'" + scanner.text(layout.timestamp()) + "' is not an ISO-8601 timestamp (timestamp)");
			}
			add(scanner, b, millis);
		}
	}

	private void add(CsvScanner scanner, byte[] b, long millis) {
		try {
			EventLog.requireTimeInRange(millis);
		}
		catch (IllegalArgumentException ex) {
			throw new CsvInputException(scanner.source(), scanner.line(), ex.getMessage());
		}
		if (this.size == this.userColumn.length) {
			grow();
		}
		Layout layout = this.layout;
		int eventNumber = eventNumber(scanner, b);
		if (eventNumber < 0) {
			return;
		}
		this.userColumn[this.size] = this.users.intern(b, scanner.start(layout.user()), scanner.end(layout.user()));
		this.timeColumn[this.size] = millis;
		this.eventColumn[this.size] = eventNumber;
		if (layout.property() >= 0) {
			int from = scanner.start(layout.property());
			int to = scanner.end(layout.property());
			int value = this.properties.find(b, from, to);
			if (value < 0) {
				value = this.properties.add(b, from, to);
				this.propertyValues.add(new String(b, from, to - from, StandardCharsets.UTF_8));
			}
			this.propertyColumn[this.size] = value;
		}
		this.size++;
	}

	/** The log's number of the row's event, numbered on first sight; -1 if not kept. */
	private int eventNumber(CsvScanner scanner, byte[] b) {
		int from = scanner.start(this.layout.event());
		int to = scanner.end(this.layout.event());
		int seen = this.events.find(b, from, to);
		if (seen < 0) {
			seen = this.events.add(b, from, to);
			String name = scanner.text(this.layout.event());
			int number = -1;
			if (this.onlyEvents == null || this.onlyEvents.contains(name)) {
				number = this.eventNames.size();
				this.eventNames.add(name);
			}
			if (seen == this.eventNumbers.length) {
				this.eventNumbers = Arrays.copyOf(this.eventNumbers, seen * 2);
			}
			this.eventNumbers[seen] = number;
		}
		return this.eventNumbers[seen];
	}

	private void grow() {
		int capacity = this.userColumn.length * 2;
		this.userColumn = Arrays.copyOf(this.userColumn, capacity);
		this.timeColumn = Arrays.copyOf(this.timeColumn, capacity);
		this.eventColumn = Arrays.copyOf(this.eventColumn, capacity);
		if (this.propertyColumn != null) {
			this.propertyColumn = Arrays.copyOf(this.propertyColumn, capacity);
		}
	}

	/**
	 * The log of the slices in file order: users numbered by first sight over the whole
	 * file, event names and property values likewise.
	 */
	private static EventLog merge(List<EventFileReader> slices) {
		List<EventLogPart> parts = new ArrayList<>();
		for (EventFileReader slice : slices) {
			parts.add(new EventLogPart(slice.users, slice.size, slice.userColumn, slice.timeColumn, slice.eventColumn,
					slice.propertyColumn, slice.eventNames, slice.propertyValues));
		}
		return EventLogPart.merge(parts);
	}

}
