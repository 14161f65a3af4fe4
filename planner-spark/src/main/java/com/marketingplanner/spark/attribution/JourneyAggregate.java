package com.marketingplanner.spark.attribution;

import java.io.Serializable;
import java.util.List;

import com.marketingplanner.analytics.attribution.AttributionResult;
import com.marketingplanner.analytics.journey.PathTable;

/**
 * What one partition of touchpoints sends on: the path aggregate of its journeys (the
 * input of every attribution model), the time-decay credits of its journeys on their real
 * touch times (additive over journeys) and counts for the run's summary. Merged with the
 * analytics module's own merges ({@link PathTable#merge},
 * {@link AttributionResult#plus}).
 */
record JourneyAggregate(PathTable paths, AttributionResult timeDecay, long touchpoints, long users,
		long journeys) implements Serializable {

	private static final long serialVersionUID = 1L;

	static final String TIME_DECAY = "time-decay";

	static JourneyAggregate empty() {
		return new JourneyAggregate(PathTable.builder().build(), new AttributionResult(TIME_DECAY, List.of()), 0, 0, 0);
	}

	JourneyAggregate merge(JourneyAggregate other) {
		return new JourneyAggregate(this.paths.merge(other.paths), this.timeDecay.plus(other.timeDecay),
				this.touchpoints + other.touchpoints, this.users + other.users, this.journeys + other.journeys);
	}

}
