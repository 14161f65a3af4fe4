package com.marketingplanner.analytics.io;

import java.util.Arrays;

/**
 * Assigns dense ids {@code 0..size()-1} to byte strings given as ranges of a larger
 * array, without copying the range unless it is new: the byte-level CSV parsers and the
 * database readers look up every channel, user and event name this way. Open addressing
 * with linear probing over a mixed 31-polynomial hash. Keys of up to 7 bytes (most user
 * ids and codes) are kept packed in the slot itself, so looking one up reads one slot and
 * its id and never a key object; longer keys are compared after their stored hash. Not
 * thread-safe.
 */
public final class ByteKeyIndex {

	/**
	 * Per slot: a short key packed as {@code (length + 1) << 56 | bytes},
	 * {@link #LONG_KEY} for a longer key, 0 for an empty slot.
	 */
	private long[] packed = new long[64];

	private int[] ids = new int[64];

	private int[] hashes = new int[64];

	/** Keys longer than 7 bytes, by slot. */
	private byte[][] longKeys = new byte[64][];

	private int size;

	private static final long LONG_KEY = -1L;

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
		int mask = this.packed.length - 1;
		int hash = mix(polynomial);
		int slot = hash & mask;
		if (to - from <= 7) {
			long key = pack(bytes, from, to);
			long entry;
			while ((entry = this.packed[slot]) != 0) {
				if (entry == key) {
					return this.ids[slot];
				}
				slot = (slot + 1) & mask;
			}
			return -1;
		}
		long entry;
		while ((entry = this.packed[slot]) != 0) {
			if (entry == LONG_KEY && this.hashes[slot] == hash) {
				byte[] key = this.longKeys[slot];
				if (Arrays.equals(key, 0, key.length, bytes, from, to)) {
					return this.ids[slot];
				}
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
		int id = this.size++;
		int hash = mix(polynomial(bytes, from, to));
		if (to - from <= 7) {
			insert(pack(bytes, from, to), null, id, hash);
		}
		else {
			insert(LONG_KEY, Arrays.copyOfRange(bytes, from, to), id, hash);
		}
		if (this.size * 2 > this.packed.length) {
			long[] oldPacked = this.packed;
			int[] oldIds = this.ids;
			int[] oldHashes = this.hashes;
			byte[][] oldLongKeys = this.longKeys;
			int capacity = oldPacked.length * 2;
			this.packed = new long[capacity];
			this.ids = new int[capacity];
			this.hashes = new int[capacity];
			this.longKeys = new byte[capacity][];
			for (int i = 0; i < oldPacked.length; i++) {
				if (oldPacked[i] != 0) {
					insert(oldPacked[i], oldLongKeys[i], oldIds[i], oldHashes[i]);
				}
			}
		}
		return id;
	}

	private void insert(long packedKey, byte[] longKey, int id, int hash) {
		int mask = this.packed.length - 1;
		int slot = hash & mask;
		while (this.packed[slot] != 0) {
			slot = (slot + 1) & mask;
		}
		this.packed[slot] = packedKey;
		this.longKeys[slot] = longKey;
		this.ids[slot] = id;
		this.hashes[slot] = hash;
	}

	/** A key of at most 7 bytes as one long that is never 0 nor {@link #LONG_KEY}. */
	private static long pack(byte[] bytes, int from, int to) {
		long key = (long) (to - from + 1) << 56;
		for (int i = from, shift = 0; i < to; i++, shift += 8) {
			key |= (bytes[i] & 0xFFL) << shift;
		}
		return key;
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

	private static int mix(int h) {
		h ^= h >>> 16;
		h *= 0x85EBCA6B;
		return h ^ (h >>> 13);
	}

}
