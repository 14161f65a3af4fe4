package com.marketingplanner.analytics.funnel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.marketingplanner.analytics.io.ByteKeyIndex;
import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.analytics.io.CsvScanner;
import com.marketingplanner.analytics.io.IsoTimestamps;

/**
 * Reads an event file {@code user_id,timestamp,event} (more columns allowed, e.g. one for
 * the breakdown) into an {@link EventLog} with the byte-level {@link CsvScanner} (the
 * import's parser): the file is streamed, users, event names and property values are
 * numbered by their bytes, and rows become primitive columns, so a 10 M row file needs no
 * String per field and no copy of the file in memory. Rules and messages are those of the
 * general CSV reader: the first bad row stops the read with {@code file:line: reason}.
 */
public final class EventFileReader {

	private final ByteKeyIndex users = new ByteKeyIndex();

	private final ByteKeyIndex events = new ByteKeyIndex();

	private final List<String> eventNames = new ArrayList<>();

	private final ByteKeyIndex properties = new ByteKeyIndex();

	private final List<String> propertyValues = new ArrayList<>();

	private int size;

	private int[] userColumn = new int[1 << 16];

	private long[] timeColumn = new long[1 << 16];

	private int[] eventColumn = new int[1 << 16];

	private int[] propertyColumn;

	private EventFileReader() {
	}

	/** The events of {@code file}; {@code breakdownColumn} may be {@code null}. */
	public static EventLog read(Path file, String breakdownColumn) {
		try (CsvScanner scanner = CsvScanner.open(file, false)) {
			return new EventFileReader().read(scanner, breakdownColumn);
		}
	}

	private EventLog read(CsvScanner scanner, String breakdownColumn) {
		int user = scanner.requireColumn("user_id");
		int timestamp = scanner.requireColumn("timestamp");
		int event = scanner.requireColumn("event");
		int property = (breakdownColumn == null) ? -1 : scanner.requireColumn(breakdownColumn);
		int needed = Math.max(Math.max(user, timestamp), Math.max(event, property)) + 1;
		if (property >= 0) {
			this.propertyColumn = new int[this.userColumn.length];
		}
		while (scanner.next()) {
			if (scanner.problem() != null) {
				throw scanner.error(scanner.problem());
			}
			if (scanner.fieldCount() < needed) {
				throw scanner.error("expected at least " + needed + " fields, found " + scanner.fieldCount());
			}
			if (scanner.isEmpty(user) || scanner.isEmpty(event)) {
				throw scanner.error("empty user_id or event");
			}
			byte[] b = scanner.bytes();
			long millis = IsoTimestamps.epochMillis(b, scanner.start(timestamp), scanner.end(timestamp));
			if (millis == IsoTimestamps.NOT_FAST) {
				throw scanner.error("'" + scanner.text(timestamp) + "' is not an ISO-8601 timestamp (timestamp)");
			}
			add(scanner, b, user, event, property, millis);
		}
		int[] users = Arrays.copyOf(this.userColumn, this.size);
		long[] times = Arrays.copyOf(this.timeColumn, this.size);
		int[] eventIds = Arrays.copyOf(this.eventColumn, this.size);
		this.userColumn = null;
		this.timeColumn = null;
		this.eventColumn = null;
		if (property < 0) {
			return EventLog.ofEncoded(this.users.size(), users, times, eventIds, this.eventNames);
		}
		return EventLog.ofEncoded(this.users.size(), users, times, eventIds, this.eventNames,
				Arrays.copyOf(this.propertyColumn, this.size), this.propertyValues);
	}

	private void add(CsvScanner scanner, byte[] b, int user, int event, int property, long millis) {
		try {
			EventLog.requireTimeInRange(millis);
		}
		catch (IllegalArgumentException ex) {
			throw new CsvInputException(scanner.source(), scanner.line(), ex.getMessage());
		}
		if (this.size == this.userColumn.length) {
			grow();
		}
		this.userColumn[this.size] = this.users.intern(b, scanner.start(user), scanner.end(user));
		this.timeColumn[this.size] = millis;
		int eventId = this.events.find(b, scanner.start(event), scanner.end(event));
		if (eventId < 0) {
			eventId = this.events.add(b, scanner.start(event), scanner.end(event));
			this.eventNames.add(scanner.text(event));
		}
		this.eventColumn[this.size] = eventId;
		if (property >= 0) {
			int from = scanner.start(property);
			int to = scanner.end(property);
			int value = this.properties.find(b, from, to);
			if (value < 0) {
				value = this.properties.add(b, from, to);
				this.propertyValues.add(new String(b, from, to - from, StandardCharsets.UTF_8));
			}
			this.propertyColumn[this.size] = value;
		}
		this.size++;
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

}
