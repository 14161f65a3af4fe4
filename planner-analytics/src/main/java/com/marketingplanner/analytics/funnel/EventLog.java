package com.marketingplanner.analytics.funnel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Events of many users in columnar, primitive form: event i is user {@code users[i]}
 * doing event {@code events[i]} at {@code times[i]} (epoch milliseconds) with the
 * breakdown property {@code properties[i]}. Users, event names and property values are
 * numbered by dictionaries (0, 1, 2… in order of first appearance), so the funnel's hot
 * path works on ints and longs only. Rows may be in any order. Build one with
 * {@link #builder()} or, when the data is already numbered, {@link #ofEncoded}.
 */
public final class EventLog {

	/** Property number of events without a property value. */
	public static final int NO_PROPERTY = -1;

	private static final long MAX_ABS_TIME = 1L << 55;

	private final int userCount;

	private final int size;

	private final int[] users;

	private final long[] times;

	private final int[] events;

	private final int[] properties;

	private final List<String> eventNames;

	private final List<String> propertyValues;

	private EventLog(int userCount, int size, int[] users, long[] times, int[] events, int[] properties,
			List<String> eventNames, List<String> propertyValues) {
		this.userCount = userCount;
		this.size = size;
		this.users = users;
		this.times = times;
		this.events = events;
		this.properties = properties;
		this.eventNames = List.copyOf(eventNames);
		this.propertyValues = List.copyOf(propertyValues);
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A log over already numbered data; the arrays are used as they are, not copied (the
	 * caller hands them over). Users are numbered {@code 0..userCount-1}; events index
	 * {@code eventNames}; there is no breakdown property.
	 */
	public static EventLog ofEncoded(int userCount, int[] users, long[] times, int[] events, List<String> eventNames) {
		if (users.length != times.length || users.length != events.length) {
			throw new IllegalArgumentException("users, times and events must have the same length");
		}
		for (int i = 0; i < users.length; i++) {
			if (users[i] < 0 || users[i] >= userCount) {
				throw new IllegalArgumentException("user " + users[i] + " of event " + i + " outside 0.." + userCount);
			}
			requireTimeInRange(times[i]);
			if (events[i] < 0 || events[i] >= eventNames.size()) {
				throw new IllegalArgumentException("event " + events[i] + " of row " + i + " has no name");
			}
		}
		return new EventLog(userCount, users.length, users, times, events, null, eventNames, List.of());
	}

	/**
	 * As {@link #ofEncoded(int, int[], long[], int[], List)}, with a breakdown property
	 * per event: {@code properties[i]} indexes {@code propertyValues}, or is
	 * {@link #NO_PROPERTY}.
	 */
	public static EventLog ofEncoded(int userCount, int[] users, long[] times, int[] events, List<String> eventNames,
			int[] properties, List<String> propertyValues) {
		ofEncoded(userCount, users, times, events, eventNames); // checks the columns
		if (properties.length != users.length) {
			throw new IllegalArgumentException("properties must have one entry per event");
		}
		for (int i = 0; i < properties.length; i++) {
			if (properties[i] < NO_PROPERTY || properties[i] >= propertyValues.size()) {
				throw new IllegalArgumentException("property " + properties[i] + " of row " + i + " has no value");
			}
		}
		return new EventLog(userCount, users.length, users, times, events, properties, eventNames, propertyValues);
	}

	/**
	 * Timestamps must lie within ±2^55 ms (±1.1 million years) of the epoch, so that a
	 * timestamp shifted left by 8 bits still fits a long; the funnel packs (time, step)
	 * into one sortable long.
	 */
	static void requireTimeInRange(long epochMillis) {
		if (epochMillis >= MAX_ABS_TIME || epochMillis <= -MAX_ABS_TIME) {
			throw new IllegalArgumentException("timestamp out of range: " + epochMillis + " ms");
		}
	}

	public int size() {
		return this.size;
	}

	public int userCount() {
		return this.userCount;
	}

	public List<String> eventNames() {
		return this.eventNames;
	}

	/** The distinct property values, indexed by property number. */
	public List<String> propertyValues() {
		return this.propertyValues;
	}

	boolean hasProperties() {
		return this.properties != null;
	}

	// the raw columns, for the funnel's hot loop; valid up to size()

	int[] users() {
		return this.users;
	}

	long[] times() {
		return this.times;
	}

	int[] events() {
		return this.events;
	}

	int property(int i) {
		return (this.properties == null) ? NO_PROPERTY : this.properties[i];
	}

	/** Appends events one at a time; not thread-safe. */
	public static final class Builder {

		private final Map<String, Integer> userNumbers = new HashMap<>();

		private final Map<String, Integer> eventNumbers = new HashMap<>();

		private final List<String> eventNames = new ArrayList<>();

		private final Map<String, Integer> propertyNumbers = new HashMap<>();

		private final List<String> propertyValues = new ArrayList<>();

		private int size;

		private int[] users = new int[1024];

		private long[] times = new long[1024];

		private int[] events = new int[1024];

		private int[] properties = new int[1024];

		private Builder() {
		}

		/** Adds an event without a breakdown property. */
		public Builder add(String user, long epochMillis, String event) {
			return add(user, epochMillis, event, null);
		}

		/** Adds an event; {@code property} may be {@code null}. */
		public Builder add(String user, long epochMillis, String event, String property) {
			Objects.requireNonNull(user, "user");
			Objects.requireNonNull(event, "event");
			requireTimeInRange(epochMillis);
			if (this.size == this.users.length) {
				grow();
			}
			this.users[this.size] = this.userNumbers.computeIfAbsent(user, (key) -> this.userNumbers.size());
			this.times[this.size] = epochMillis;
			this.events[this.size] = number(event, this.eventNumbers, this.eventNames);
			this.properties[this.size] = (property == null) ? NO_PROPERTY
					: number(property, this.propertyNumbers, this.propertyValues);
			this.size++;
			return this;
		}

		public int size() {
			return this.size;
		}

		/**
		 * The log of the events added so far; the builder may go on adding afterwards.
		 */
		public EventLog build() {
			return new EventLog(this.userNumbers.size(), this.size, Arrays.copyOf(this.users, this.size),
					Arrays.copyOf(this.times, this.size), Arrays.copyOf(this.events, this.size),
					Arrays.copyOf(this.properties, this.size), this.eventNames, this.propertyValues);
		}

		private static int number(String value, Map<String, Integer> numbers, List<String> values) {
			Integer number = numbers.get(value);
			if (number == null) {
				number = values.size();
				numbers.put(value, number);
				values.add(value);
			}
			return number;
		}

		private void grow() {
			int capacity = this.users.length * 2;
			this.users = Arrays.copyOf(this.users, capacity);
			this.times = Arrays.copyOf(this.times, capacity);
			this.events = Arrays.copyOf(this.events, capacity);
			this.properties = Arrays.copyOf(this.properties, capacity);
		}

	}

}
