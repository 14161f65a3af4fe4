package com.marketingplanner.analytics.funnel;

import java.util.Arrays;

/**
 * {@link FunnelOrder#ANY}: every event may open a span; the span opened at time t reaches
 * level k when, for each step j &lt; k, an event of step j occurs in [t, t + window of
 * step j]. Scanning backwards keeps the next occurrence of each step at or after the
 * current event, so each event costs one pass over the steps. Among spans reaching the
 * furthest level, the earliest is kept; its completion is the latest of those next
 * occurrences.
 */
final class AnyOrderScan extends UserScan {

	private final long[] nextTime;

	private final int[] nextPosition;

	AnyOrderScan(FunnelSpec spec) {
		super(spec);
		this.nextTime = new long[this.steps];
		this.nextPosition = new int[this.steps];
	}

	@Override
	void scan(long[] keys, int from, int to) {
		reset();
		Arrays.fill(this.nextPosition, NONE);
		for (int j = to - 1; j >= from; j--) {
			long key = keys[j];
			long time = time(key);
			this.nextTime[step(key)] = time;
			this.nextPosition[step(key)] = j;
			int spanLevel = 0;
			int completion = NONE;
			while (spanLevel < this.steps && this.nextPosition[spanLevel] != NONE
					&& this.nextTime[spanLevel] - time <= this.windowMillis[spanLevel]) {
				completion = Math.max(completion, this.nextPosition[spanLevel]);
				spanLevel++;
			}
			// ≥: of equally far spans keep the earliest, which this backward scan meets
			// last
			if (spanLevel > 0 && spanLevel >= this.level) {
				reached(spanLevel, this.nextPosition[0], completion, time, time(keys[completion]));
			}
		}
	}

}
