package com.marketingplanner.spark.attribution;

import java.time.Duration;

import org.apache.spark.sql.Row;

import com.marketingplanner.analytics.attribution.AttributionResult;
import com.marketingplanner.analytics.attribution.TimeDecayModel;
import com.marketingplanner.analytics.journey.JourneyBuilder;
import com.marketingplanner.analytics.journey.Journeys;
import com.marketingplanner.analytics.journey.PathTable;
import com.marketingplanner.analytics.journey.TouchpointLog;
import com.marketingplanner.spark.byuser.UserBatches;

/**
 * On each partition (rows sorted by user, then time and input order): batches of whole
 * users become a {@link TouchpointLog}, {@link JourneyBuilder} cuts their journeys with
 * the lookback rule — the command line's code; a user's journeys depend on that user's
 * touches only — and the journeys are added to the partition's path aggregate and, when
 * asked, to its time-decay credits on the journeys' real times.
 */
final class JourneyAggregation extends UserBatches<JourneyAggregate> {

	private static final long serialVersionUID = 1L;

	private final Duration lookback;

	private final Duration halfLife;

	private final Duration touchInterval;

	private final boolean timeDecay;

	/**
	 * @param timeDecay whether to compute time-decay credits (with {@code halfLife} and
	 * {@code touchInterval})
	 */
	JourneyAggregation(Duration lookback, Duration halfLife, Duration touchInterval, boolean timeDecay) {
		this.lookback = lookback;
		this.halfLife = halfLife;
		this.touchInterval = touchInterval;
		this.timeDecay = timeDecay;
	}

	@Override
	protected Partition<JourneyAggregate> newPartition() {
		return new JourneyPartition();
	}

	private final class JourneyPartition implements Partition<JourneyAggregate> {

		private final JourneyBuilder journeyBuilder = new JourneyBuilder(JourneyAggregation.this.lookback);

		private final TimeDecayModel timeDecayModel = JourneyAggregation.this.timeDecay
				? new TimeDecayModel(JourneyAggregation.this.halfLife, JourneyAggregation.this.touchInterval) : null;

		private final PathTable.Builder paths = PathTable.builder();

		private AttributionResult timeDecayCredits = JourneyAggregate.empty().timeDecay();

		private TouchpointLog.Builder batch = TouchpointLog.builder();

		/** Users of the batch, numbered densely from 0. */
		private int batchUsers;

		private long touchpoints;

		private long users;

		private long journeys;

		@Override
		public void add(Row row, boolean firstOfUser) {
			if (firstOfUser) {
				this.batchUsers++;
				this.users++;
			}
			this.batch.add(this.batchUsers - 1, row.getLong(1), this.batch.channels().idOf(row.getString(2)),
					row.getDouble(3));
			this.touchpoints++;
		}

		@Override
		public void endBatch() {
			Journeys batchJourneys = this.journeyBuilder.build(this.batch.build());
			this.paths.addAll(batchJourneys.toPathTable());
			if (this.timeDecayModel != null) {
				this.timeDecayCredits = this.timeDecayCredits.plus(this.timeDecayModel.attribute(batchJourneys));
			}
			this.journeys += batchJourneys.count();
			this.batch = TouchpointLog.builder();
			this.batchUsers = 0;
		}

		@Override
		public JourneyAggregate result() {
			return new JourneyAggregate(this.paths.build(), this.timeDecayCredits, this.touchpoints, this.users,
					this.journeys);
		}

	}

}
