package com.marketingplanner.analytics.funnel;

import java.util.Arrays;

/**
 * {@link FunnelOrder#LOOSE}: keeps, for each step k, the latest step-1 time of an attempt
 * that has reached step k. A later start never hurts — every window is measured from step
 * 1 — so one attempt per step suffices (as ClickHouse {@code windowFunnel}): an event of
 * step k + 1 extends the attempt held at step k when it lies within step k + 1's window
 * of that attempt's start. One array read and one comparison per event.
 */
final class LooseOrderScan extends UserScan {

	private final long[] startTime;

	private final int[] startPosition;

	LooseOrderScan(FunnelSpec spec) {
		super(spec);
		this.startTime = new long[this.steps];
		this.startPosition = new int[this.steps];
	}

	@Override
	void scan(long[] keys, int from, int to) {
		reset();
		Arrays.fill(this.startPosition, NONE);
		long[] startTime = this.startTime;
		int[] startPosition = this.startPosition;
		long[] windowMillis = this.windowMillis;
		for (int j = from; j < to; j++) {
			long key = keys[j];
			int step = step(key);
			long time = time(key);
			if (step == 0) {
				startTime[0] = time;
				startPosition[0] = j;
				if (this.level == 0) {
					reached(1, j, j, time, time);
				}
			}
			else {
				int start = startPosition[step - 1];
				if (start != NONE && time - startTime[step - 1] <= windowMillis[step]) {
					startTime[step] = startTime[step - 1];
					startPosition[step] = start;
					if (step == this.level) {
						reached(step + 1, start, j, startTime[step], time);
					}
				}
			}
		}
	}

}
