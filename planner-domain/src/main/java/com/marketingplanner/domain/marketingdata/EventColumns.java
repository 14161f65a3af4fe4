package com.marketingplanner.domain.marketingdata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.marketingplanner.analytics.funnel.EventLog;
import com.marketingplanner.analytics.funnel.EventLogPart;
import com.marketingplanner.analytics.io.ByteKeyIndex;

/**
 * Collects rows {@code occurred_at, event_id, user_no[, property]} of a binary COPY into
 * the primitive columns of an {@link EventLog}: users by their stored numbers, property
 * values numbered by their bytes in order of first sight, stored event ids renumbered
 * densely in order of first sight. The columns of a period read in parts (one per
 * connection) are merged in part order ({@link #toLog(List)}), users numbered in order of
 * first sight as one read would number them.
 */
final class EventColumns {

	private final Map<Integer, String> storedNames;

	private final ByteKeyIndex propertyIndex = new ByteKeyIndex();

	private final List<String> propertyValues = new ArrayList<>();

	private final List<String> eventNames = new ArrayList<>();

	/** Dense event number per stored event id ({@code -1}: not seen yet). */
	private int[] eventNumbers = new int[0];

	private int size;

	private int largestUser;

	private int[] userColumn = new int[1 << 16];

	private long[] timeColumn = new long[1 << 16];

	private int[] eventColumn = new int[1 << 16];

	private int[] propertyColumn = new int[1 << 16];

	private boolean anyProperty;

	/** Whether the rows have the property field. */
	private final boolean properties;

	EventColumns(Map<Integer, String> storedNames, boolean properties) {
		this.storedNames = storedNames;
		this.properties = properties;
	}

	void add(BinaryCopyReader rows) {
		if (this.size == this.userColumn.length) {
			grow();
		}
		this.timeColumn[this.size] = rows.epochMillis();
		this.eventColumn[this.size] = eventNumber(rows.int4());
		int user = rows.int4();
		this.userColumn[this.size] = user;
		this.largestUser = Math.max(this.largestUser, user);
		int length = this.properties ? rows.text() : -1;
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

	/** The log of the parts' rows, in part order. */
	static EventLog toLog(List<EventColumns> parts) {
		int users = UserRenumbering.renumber(parts.stream().map((part) -> part.userColumn).toList(),
				parts.stream().mapToInt((part) -> part.size).toArray(),
				parts.stream().mapToInt((part) -> part.largestUser).max().orElse(0));
		List<EventLogPart> logParts = new ArrayList<>();
		for (EventColumns part : parts) {
			logParts.add(new EventLogPart(null, part.size, part.userColumn, part.timeColumn, part.eventColumn,
					part.anyProperty ? part.propertyColumn : null, part.eventNames, part.propertyValues));
		}
		return EventLogPart.mergeNumbered(users, logParts);
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
