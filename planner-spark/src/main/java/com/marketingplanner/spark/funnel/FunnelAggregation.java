package com.marketingplanner.spark.funnel;

import java.time.Duration;
import java.util.ArrayList;

import org.apache.spark.sql.Row;

import com.marketingplanner.analytics.funnel.BreakdownSource;
import com.marketingplanner.analytics.funnel.EventFunnel;
import com.marketingplanner.analytics.funnel.EventLog;
import com.marketingplanner.analytics.funnel.FunnelAggregate;
import com.marketingplanner.analytics.funnel.FunnelOrder;
import com.marketingplanner.analytics.funnel.FunnelSpec;
import com.marketingplanner.spark.byuser.UserBatches;

/**
 * On each partition (rows sorted by user): batches of whole users become an
 * {@link EventLog}, and {@link EventFunnel#aggregate} — the command line's code; a user's
 * furthest step depends on that user's events only — gives the batch's
 * {@link FunnelAggregate}, merged into the partition's.
 */
final class FunnelAggregation extends UserBatches<FunnelAggregate> {

	private static final long serialVersionUID = 1L;

	// the parts of the FunnelSpec (a record that does not travel); rebuilt per task
	private final ArrayList<String> steps;

	private final Duration window;

	private final ArrayList<Duration> stepWindows;

	private final FunnelOrder order;

	private final BreakdownSource breakdown;

	FunnelAggregation(FunnelSpec spec) {
		this.steps = new ArrayList<>(spec.steps());
		this.window = spec.window();
		this.stepWindows = new ArrayList<>(spec.stepWindows());
		this.order = spec.order();
		this.breakdown = spec.breakdown();
	}

	FunnelSpec spec() {
		return new FunnelSpec(this.steps, this.window, this.stepWindows, this.order, this.breakdown);
	}

	static FunnelAggregate merge(FunnelAggregate left, FunnelAggregate right) {
		return left.merge(right);
	}

	@Override
	protected Partition<FunnelAggregate> newPartition() {
		FunnelSpec spec = spec();
		return new Partition<>() {

			private final FunnelAggregate aggregate = new FunnelAggregate(spec.steps());

			private EventLog.Builder batch = EventLog.builder();

			@Override
			public void add(Row row, boolean firstOfUser) {
				this.batch.add(row.getString(0), row.getLong(1), row.getString(2), row.getString(3));
			}

			@Override
			public void endBatch() {
				this.aggregate.merge(EventFunnel.aggregate(this.batch.build(), spec));
				this.batch = EventLog.builder();
			}

			@Override
			public FunnelAggregate result() {
				return this.aggregate;
			}

		};
	}

}
