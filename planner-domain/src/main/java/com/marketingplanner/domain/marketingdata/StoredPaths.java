package com.marketingplanner.domain.marketingdata;

import java.util.List;

import com.marketingplanner.analytics.journey.PathTable;
import com.marketingplanner.domain.shared.DateRange;

/**
 * Path aggregates imported for periods (kind {@code paths}), merged: the attribution
 * models' input without raw touchpoints.
 *
 * @param paths the merged aggregate (channel codes as channel names)
 * @param periods the periods of the stored aggregates that were merged, in order
 */
public record StoredPaths(PathTable paths, List<DateRange> periods) {

	public StoredPaths {
		periods = List.copyOf(periods);
	}

}
