package com.marketingplanner.analytics.journey;

/**
 * Finds the id of a channel name given as a range of a line of text, without cutting the
 * range out as a new String (the path reader's hot loop sees every touch of every path).
 * Open addressing over the hash of the characters; falls back to the dictionary on first
 * sight of a name.
 */
final class ChannelLookup {

	private final ChannelDictionary dictionary;

	private String[] names = new String[64];

	private int[] ids = new int[64];

	private int size;

	ChannelLookup(ChannelDictionary dictionary) {
		this.dictionary = dictionary;
	}

	/**
	 * The id of {@code text[from..to)} (already trimmed, not empty), adding it when new.
	 */
	int idOf(String text, int from, int to) {
		int hash = 0;
		for (int i = from; i < to; i++) {
			hash = 31 * hash + text.charAt(i);
		}
		int length = to - from;
		int mask = this.names.length - 1;
		int slot = (hash ^ (hash >>> 16)) & mask;
		while (this.names[slot] != null) {
			String name = this.names[slot];
			if (name.length() == length && name.regionMatches(0, text, from, length)) {
				return this.ids[slot];
			}
			slot = (slot + 1) & mask;
		}
		String name = text.substring(from, to);
		int id = this.dictionary.idOf(name);
		this.names[slot] = name;
		this.ids[slot] = id;
		if (++this.size * 2 > this.names.length) {
			grow();
		}
		return id;
	}

	private void grow() {
		String[] oldNames = this.names;
		int[] oldIds = this.ids;
		this.names = new String[oldNames.length * 2];
		this.ids = new int[oldNames.length * 2];
		int mask = this.names.length - 1;
		for (int i = 0; i < oldNames.length; i++) {
			if (oldNames[i] != null) {
				int hash = oldNames[i].hashCode();
				int slot = (hash ^ (hash >>> 16)) & mask;
				while (this.names[slot] != null) {
					slot = (slot + 1) & mask;
				}
				this.names[slot] = oldNames[i];
				this.ids[slot] = oldIds[i];
			}
		}
	}

}
