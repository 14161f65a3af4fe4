package com.marketingplanner.analytics.io;

import java.util.Arrays;

/**
 * Assigns dense ids {@code 0..size()-1} to byte strings given as ranges of a larger
 * array, without copying the range unless it is new: the byte-level CSV parsers and the
 * database readers look up every channel, user and event name this way. Open addressing
 * over a 31-polynomial hash. Not thread-safe.
 */
public final class ByteKeyIndex {

	private byte[][] keys = new byte[64][];

	private int[] ids = new int[64];

	private int size;

	public int size() {
		return this.size;
	}

	/** The id of {@code bytes[from..to)}, or -1 when it has none yet. */
	public int find(byte[] bytes, int from, int to) {
		return find(bytes, from, to, polynomial(bytes, from, to));
	}

	/**
	 * As {@link #find(byte[], int, int)}, with the range's {@link #polynomial} already
	 * computed by a caller that scanned the bytes anyway.
	 */
	public int find(byte[] bytes, int from, int to, int polynomial) {
		int mask = this.keys.length - 1;
		int slot = mix(polynomial) & mask;
		while (this.keys[slot] != null) {
			if (Arrays.equals(this.keys[slot], 0, this.keys[slot].length, bytes, from, to)) {
				return this.ids[slot];
			}
			slot = (slot + 1) & mask;
		}
		return -1;
	}

	/** The id of {@code bytes[from..to)}, giving it the next id when it has none yet. */
	public int intern(byte[] bytes, int from, int to) {
		int polynomial = polynomial(bytes, from, to);
		int id = find(bytes, from, to, polynomial);
		return (id >= 0) ? id : add(bytes, from, to);
	}

	/** Gives {@code bytes[from..to)} (not yet known) the next id and returns it. */
	public int add(byte[] bytes, int from, int to) {
		byte[] key = Arrays.copyOfRange(bytes, from, to);
		int id = this.size++;
		insert(key, id);
		if (this.size * 2 > this.keys.length) {
			byte[][] oldKeys = this.keys;
			int[] oldIds = this.ids;
			this.keys = new byte[oldKeys.length * 2][];
			this.ids = new int[oldKeys.length * 2];
			for (int i = 0; i < oldKeys.length; i++) {
				if (oldKeys[i] != null) {
					insert(oldKeys[i], oldIds[i]);
				}
			}
		}
		return id;
	}

	private void insert(byte[] key, int id) {
		int mask = this.keys.length - 1;
		int slot = hash(key, 0, key.length) & mask;
		while (this.keys[slot] != null) {
			slot = (slot + 1) & mask;
		}
		this.keys[slot] = key;
		this.ids[slot] = id;
	}

	/**
	 * The 31-polynomial of the bytes ({@code h = 31 * h + b}, from 0), as
	 * String.hashCode.
	 */
	public static int polynomial(byte[] bytes, int from, int to) {
		int h = 0;
		for (int i = from; i < to; i++) {
			h = 31 * h + bytes[i];
		}
		return h;
	}

	private static int hash(byte[] bytes, int from, int to) {
		return mix(polynomial(bytes, from, to));
	}

	private static int mix(int h) {
		h ^= h >>> 16;
		h *= 0x85EBCA6B;
		return h ^ (h >>> 13);
	}

}
