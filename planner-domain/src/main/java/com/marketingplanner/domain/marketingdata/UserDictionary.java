package com.marketingplanner.domain.marketingdata;

import java.sql.Connection;
import java.util.Arrays;

import com.marketingplanner.analytics.io.ByteKeyIndex;

/**
 * The user numbers of a large kind (touchpoints or events): each user id (its UTF-8
 * bytes) has one number, {@code 1, 2, 3 ...} in order of first import, kept in the kind's
 * dictionary table; the stored rows name their user by number only (ADR 0012). An import
 * loads the dictionary while it holds the kind's lock, looks every row's user up
 * ({@link #find}) and numbers the new ones ({@link #add}), which it stores in the same
 * transaction as the rows. Not thread-safe.
 */
public final class UserDictionary {

	private final ByteKeyIndex keys = new ByteKeyIndex();

	/** The number of each key, by the key's id in {@link #keys}. */
	private int[] numbers = new int[1024];

	private int lastNumber;

	private UserDictionary() {
	}

	/** The table of the kind's dictionary: columns {@code user_no, user_key}. */
	public static String table(DataKind kind) {
		return switch (kind) {
			case TOUCHPOINTS -> "touchpoint_user";
			case EVENTS -> "event_user";
			default -> throw new IllegalArgumentException(kind + " rows do not name users");
		};
	}

	/** An empty dictionary, numbering from 1. */
	public static UserDictionary empty() {
		return new UserDictionary();
	}

	/**
	 * The stored dictionary of the kind, read on the connection (by binary COPY); the
	 * caller holds the kind's lock, so that no other import adds numbers meanwhile.
	 */
	public static UserDictionary load(Connection connection, DataKind kind) {
		UserDictionary dictionary = new UserDictionary();
		CopyReads.copyOut(connection, "select user_no, user_key from " + table(kind), (row) -> {
			int number = row.int4();
			int length = row.text();
			dictionary.put(row.buffer(), row.textStart(), row.textStart() + length, number);
		});
		return dictionary;
	}

	/** The number of the user id {@code bytes[from..to)}, or -1 when it has none yet. */
	public int find(byte[] bytes, int from, int to) {
		int id = this.keys.find(bytes, from, to);
		return (id < 0) ? -1 : this.numbers[id];
	}

	/**
	 * Numbers a user id that has no number yet ({@link #find} gave -1).
	 * @return its number, one more than the largest so far
	 */
	public int add(byte[] bytes, int from, int to) {
		if (this.lastNumber == Integer.MAX_VALUE) {
			throw new IllegalStateException("more than " + Integer.MAX_VALUE + " users");
		}
		int number = this.lastNumber + 1;
		put(bytes, from, to, number);
		return number;
	}

	/** How many user ids have a number. */
	public int size() {
		return this.keys.size();
	}

	private void put(byte[] bytes, int from, int to, int number) {
		int id = this.keys.add(bytes, from, to);
		if (id == this.numbers.length) {
			this.numbers = Arrays.copyOf(this.numbers, id * 2);
		}
		this.numbers[id] = number;
		this.lastNumber = Math.max(this.lastNumber, number);
	}

}
