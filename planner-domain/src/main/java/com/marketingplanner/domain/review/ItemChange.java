package com.marketingplanner.domain.review;

import java.util.List;

/**
 * An item that was added, removed or changed since a baseline. An added item lists its
 * fields with no old value, a removed one with no new value.
 */
public record ItemChange(String kind, long id, String label, Change change, List<FieldChange> fields) {

	public ItemChange {
		fields = List.copyOf(fields);
	}

	public enum Change {

		ADDED, REMOVED, CHANGED

	}

}
