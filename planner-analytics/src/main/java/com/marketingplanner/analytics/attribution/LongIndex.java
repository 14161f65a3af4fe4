package com.marketingplanner.analytics.attribution;

import java.util.Arrays;

/**
 * Assigns dense indexes {@code 0..size()-1} to long keys in order of first sight
 * (open-addressing hash table, no boxing). Used to number Markov states and transitions.
 */
final class LongIndex {

	private long[] keys = new long[256];

	/** Slot = index + 1, 0 = empty. */
	private int[] slots = new int[512];

	private int size;

	int size() {
		return this.size;
	}

	long key(int index) {
		return this.keys[index];
	}

	/** The index of {@code key}, adding it when new. */
	int indexOf(long key) {
		int mask = this.slots.length - 1;
		int slot = spread(key) & mask;
		while (this.slots[slot] != 0) {
			int index = this.slots[slot] - 1;
			if (this.keys[index] == key) {
				return index;
			}
			slot = (slot + 1) & mask;
		}
		if (this.size == this.keys.length) {
			this.keys = Arrays.copyOf(this.keys, this.size * 2);
		}
		int index = this.size++;
		this.keys[index] = key;
		this.slots[slot] = index + 1;
		if (this.size * 2 > this.slots.length) {
			rehash();
		}
		return index;
	}

	private static int spread(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}

	private void rehash() {
		int[] larger = new int[this.slots.length * 2];
		int mask = larger.length - 1;
		for (int index = 0; index < this.size; index++) {
			int slot = spread(this.keys[index]) & mask;
			while (larger[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			larger[slot] = index + 1;
		}
		this.slots = larger;
	}

}
