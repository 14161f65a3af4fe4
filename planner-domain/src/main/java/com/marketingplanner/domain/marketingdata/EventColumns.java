package com.marketingplanner.domain.marketingdata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.marketingplanner.analytics.funnel.EventLog;
import com.marketingplanner.analytics.io.ByteKeyIndex;

/**
 * Collects rows {@code occurred_at, event_id, user_id, property} of a binary COPY into
 * the primitive columns of an {@link EventLog}: users and property values numbered by
 * their bytes in order of first sight, stored event ids renumbered densely in order of
 * first sight.
 */
final class EventColumns {

	private final Map<Integer, String> storedNames;

	private final ByteKeyIndex users = new ByteKeyIndex();

	private final ByteKeyIndex propertyIndex = new ByteKeyIndex();

	private final List<String> propertyValues = new ArrayList<>();

	private final List<String> eventNames = new ArrayList<>();

	/** Dense event number per stored event id ({@code -1}: not seen yet). */
	private int[] eventNumbers = new int[0];

	private int size;

	private int[] userColumn = new int[1 << 16];

	private long[] timeColumn = new long[1 << 16];

	private int[] eventColumn = new int[1 << 16];

	private int[] propertyColumn = new int[1 << 16];

	private boolean anyProperty;

	EventColumns(Map<Integer, String> storedNames) {
		this.storedNames = storedNames;
	}

	void add(BinaryCopyReader rows) {
		if (this.size == this.userColumn.length) {
			grow();
		}
		this.timeColumn[this.size] = rows.epochMillis();
		this.eventColumn[this.size] = eventNumber(rows.int4());
		int length = rows.text();
		this.userColumn[this.size] = this.users.intern(rows.buffer(), rows.textStart(), rows.textStart() + length);
		length = rows.text();
		int property = EventLog.NO_PROPERTY;
		if (length >= 0) {
			int from = rows.textStart();
			property = this.propertyIndex.find(rows.buffer(), from, from + length);
			if (property < 0) {
				property = this.propertyIndex.add(rows.buffer(), from, from + length);
				this.propertyValues.add(new String(rows.buffer(), from, length, StandardCharsets.UTF_8));
			}
			this.anyProperty = true;
		}
		this.propertyColumn[this.size] = property;
		this.size++;
	}

	EventLog toLog() {
		int[] users = Arrays.copyOf(this.userColumn, this.size);
		long[] times = Arrays.copyOf(this.timeColumn, this.size);
		int[] events = Arrays.copyOf(this.eventColumn, this.size);
		if (!this.anyProperty) {
			return EventLog.ofEncoded(this.users.size(), users, times, events, this.eventNames);
		}
		return EventLog.ofEncoded(this.users.size(), users, times, events, this.eventNames,
				Arrays.copyOf(this.propertyColumn, this.size), this.propertyValues);
	}

	private int eventNumber(int storedId) {
		if (storedId >= this.eventNumbers.length) {
			int old = this.eventNumbers.length;
			this.eventNumbers = Arrays.copyOf(this.eventNumbers, storedId + 16);
			Arrays.fill(this.eventNumbers, old, this.eventNumbers.length, -1);
		}
		int number = this.eventNumbers[storedId];
		if (number < 0) {
			number = this.eventNames.size();
			this.eventNames.add(this.storedNames.get(storedId));
			this.eventNumbers[storedId] = number;
		}
		return number;
	}

	private void grow() {
		int capacity = this.userColumn.length * 2;
		this.userColumn = Arrays.copyOf(this.userColumn, capacity);
		this.timeColumn = Arrays.copyOf(this.timeColumn, capacity);
		this.eventColumn = Arrays.copyOf(this.eventColumn, capacity);
		this.propertyColumn = Arrays.copyOf(this.propertyColumn, capacity);
	}

}
