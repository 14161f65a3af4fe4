package com.marketingplanner.web.review;

import java.util.List;

import com.marketingplanner.domain.review.BaselineComparison;
import com.marketingplanner.domain.review.ItemChange;

/**
 * What changed since a baseline: up to now ({@code against} {@code null}) or up to a
 * later baseline. Each change names the item (kind: {@code plan}, {@code budget_line},
 * {@code allocation_rule}, {@code kpi}, {@code phase}, {@code milestone}, {@code risk},
 * {@code campaign}; id; label), whether it was ADDED, REMOVED or CHANGED, and its fields
 * with old and new value as text (numbers plain, dates ISO-8601; {@code null}: no value).
 */
public record BaselineDiffResponse(BaselineResponse baseline, BaselineResponse against, int added, int removed,
		int changed, List<ItemChange> changes) {

	static BaselineDiffResponse from(BaselineComparison comparison) {
		List<ItemChange> changes = comparison.changes();
		return new BaselineDiffResponse(BaselineResponse.from(comparison.baseline()),
				comparison.againstCurrent() ? null : BaselineResponse.from(comparison.against()),
				count(changes, ItemChange.Change.ADDED), count(changes, ItemChange.Change.REMOVED),
				count(changes, ItemChange.Change.CHANGED), changes);
	}

	private static int count(List<ItemChange> changes, ItemChange.Change kind) {
		return (int) changes.stream().filter((change) -> change.change() == kind).count();
	}

}
