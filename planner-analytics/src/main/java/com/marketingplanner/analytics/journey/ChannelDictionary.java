package com.marketingplanner.analytics.journey;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps channel names to dense int ids ({@code 0..size()-1}, in order of first appearance)
 * so that paths can be held as {@code int[]} instead of strings. Ids are local to one
 * dictionary: aggregates built with different dictionaries are merged by channel name.
 */
public final class ChannelDictionary implements Serializable {

	private static final long serialVersionUID = 1L;

	/** Channel ids are packed into 16 bits by the Markov state keys; this bounds them. */
	public static final int MAX_CHANNELS = 65_535;

	private final Map<String, Integer> ids = new HashMap<>();

	private final List<String> names = new ArrayList<>();

	/**
	 * The id of {@code name}, assigning the next free id on first sight.
	 * @throws IllegalArgumentException for a blank name or more than
	 * {@link #MAX_CHANNELS} channels
	 */
	public int idOf(String name) {
		Integer id = this.ids.get(name);
		if (id != null) {
			return id;
		}
		if (name.isBlank()) {
			throw new IllegalArgumentException("a channel name must not be blank");
		}
		if (this.names.size() == MAX_CHANNELS) {
			throw new IllegalArgumentException("more than " + MAX_CHANNELS + " channels");
		}
		int next = this.names.size();
		this.ids.put(name, next);
		this.names.add(name);
		return next;
	}

	/** The id of a known channel, or -1. */
	public int find(String name) {
		return this.ids.getOrDefault(name, -1);
	}

	public String name(int id) {
		return this.names.get(id);
	}

	public int size() {
		return this.names.size();
	}

	/** Channel names indexed by id (unmodifiable view). */
	public List<String> names() {
		return Collections.unmodifiableList(this.names);
	}

}
