package com.marketingplanner.analytics.funnel;

import java.util.Objects;

/**
 * Number of users (or sessions, orders…) that reached one stage of a funnel.
 *
 * @param name the stage, e.g. {@code visit}
 * @param count how many reached it, not negative
 */
public record StageCount(String name, long count) {

	public StageCount {
		Objects.requireNonNull(name, "name");
		if (count < 0) {
			throw new IllegalArgumentException("a stage count must not be negative: " + count);
		}
	}

}
