package com.marketingplanner.domain.review;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One part of a plan in a snapshot: its kind ({@code plan}, {@code budget_line},
 * {@code kpi}, …), its id, a label to show and its compared fields as text (numbers in
 * plain notation without trailing zeros, dates ISO-8601, absent values {@code null}).
 */
public record SnapshotItem(String kind, long id, String label, Map<String, String> fields) {

	public SnapshotItem {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/** The key that identifies the item across snapshots. */
	public String key() {
		return this.kind + ":" + this.id;
	}

}
