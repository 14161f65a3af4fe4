package com.marketingplanner.domain.review;

import java.util.List;

/**
 * What changed from a baseline to the plan now ({@code against} empty) or to a later
 * baseline.
 */
public record BaselineComparison(Baseline baseline, Baseline against, List<ItemChange> changes) {

	public BaselineComparison {
		changes = List.copyOf(changes);
	}

	/** Whether the comparison is with the plan as it is now. */
	public boolean againstCurrent() {
		return this.against == null;
	}

}
