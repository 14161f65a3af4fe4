package com.marketingplanner.analytics.io;

import java.util.Arrays;

/**
 * Assigns dense ids {@code 0..size()-1} to byte strings given as ranges of a larger
 * array, without copying the range unless it is new: the byte-level CSV parsers and the
 * database readers look up every channel, user and event name this way. Open addressing
 * with linear probing over a mixed 31-polynomial hash, at most half full. Keys of up to 7
 * bytes (most user ids and codes) are kept packed in the slot itself, beside their id, so
 * looking one up reads one cache line and never a key object; longer keys are compared
 * after their stored hash. Not thread-safe.
 */
public final class ByteKeyIndex {

	/**
	 * Two longs per slot, side by side so that a probe touches one cache line: a short
	 * key packed as {@code (length + 1) << 56 | bytes}, {@link #LONG_KEY} for a longer
	 * key, 0 for an empty slot; then {@code hash << 32 | id}.
	 */
	private long[] slots = new long[128];

	/** Keys longer than 7 bytes, by slot; null until the first one. */
	private byte[][] longKeys;

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
		long[] slots = this.slots;
		int mask = (slots.length >> 1) - 1;
		int hash = mix(polynomial);
		int slot = hash & mask;
		if (to - from <= 7) {
			long key = pack(bytes, from, to);
			long entry;
			while ((entry = slots[slot << 1]) != 0) {
				if (entry == key) {
					return (int) slots[(slot << 1) + 1];
				}
				slot = (slot + 1) & mask;
			}
			return -1;
		}
		long entry;
		while ((entry = slots[slot << 1]) != 0) {
			long idAndHash = slots[(slot << 1) + 1];
			if (entry == LONG_KEY && (int) (idAndHash >>> 32) == hash) {
				byte[] key = this.longKeys[slot];
				if (Arrays.equals(key, 0, key.length, bytes, from, to)) {
					return (int) idAndHash;
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
		return (id >= 0) ? id : add(bytes, from, to, polynomial);
	}

	/** Gives {@code bytes[from..to)} (not yet known) the next id and returns it. */
	public int add(byte[] bytes, int from, int to) {
		return add(bytes, from, to, polynomial(bytes, from, to));
	}

	private int add(byte[] bytes, int from, int to, int polynomial) {
		int id = this.size++;
		int hash = mix(polynomial);
		if (to - from <= 7) {
			insert(pack(bytes, from, to), null, id, hash);
		}
		else {
			insert(LONG_KEY, Arrays.copyOfRange(bytes, from, to), id, hash);
		}
		if (this.size * 4 > this.slots.length) {
			long[] oldSlots = this.slots;
			byte[][] oldLongKeys = this.longKeys;
			this.slots = new long[oldSlots.length * 2];
			this.longKeys = (oldLongKeys != null) ? new byte[this.slots.length >> 1][] : null;
			for (int slot = 0; slot < oldSlots.length >> 1; slot++) {
				long entry = oldSlots[slot << 1];
				if (entry != 0) {
					long idAndHash = oldSlots[(slot << 1) + 1];
					insert(entry, (entry == LONG_KEY) ? oldLongKeys[slot] : null, (int) idAndHash,
							(int) (idAndHash >>> 32));
				}
			}
		}
		return id;
	}

	/**
	 * Interns this index's keys into {@code target} in the order of their ids here, and
	 * returns the target id of each id here: merging the dictionary of a later part of a
	 * file into that of the parts before keeps the numbering of first sight.
	 */
	public int[] internInto(ByteKeyIndex target) {
		int[] slotOfId = new int[this.size];
		for (int slot = 0; slot < this.slots.length >> 1; slot++) {
			if (this.slots[slot << 1] != 0) {
				slotOfId[(int) this.slots[(slot << 1) + 1]] = slot;
			}
		}
		int[] targetIds = new int[this.size];
		byte[] shortKey = new byte[7];
		for (int id = 0; id < this.size; id++) {
			int slot = slotOfId[id];
			long entry = this.slots[slot << 1];
			if (entry == LONG_KEY) {
				byte[] key = this.longKeys[slot];
				targetIds[id] = target.intern(key, 0, key.length);
			}
			else {
				int length = (int) (entry >>> 56) - 1;
				for (int i = 0; i < length; i++) {
					shortKey[i] = (byte) (entry >>> (8 * i));
				}
				targetIds[id] = target.intern(shortKey, 0, length);
			}
		}
		return targetIds;
	}

	private void insert(long packedKey, byte[] longKey, int id, int hash) {
		int mask = (this.slots.length >> 1) - 1;
		int slot = hash & mask;
		while (this.slots[slot << 1] != 0) {
			slot = (slot + 1) & mask;
		}
		this.slots[slot << 1] = packedKey;
		this.slots[(slot << 1) + 1] = ((long) hash << 32) | (id & 0xFFFFFFFFL);
		if (longKey != null) {
			if (this.longKeys == null) {
				this.longKeys = new byte[this.slots.length >> 1][];
			}
			this.longKeys[slot] = longKey;
		}
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
