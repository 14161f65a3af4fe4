package com.marketingplanner.analytics.funnel;

/**
 * {@link FunnelOrder#STRICT}: one attempt at a time. A step-1 event starts a new attempt
 * (an older one is either at step 1 too, then the newer start dominates, or is broken by
 * this out-of-turn step-1 event); the next step extends it within its window; a repeat of
 * the step just reached is allowed; any other funnel event ends the attempt.
 */
final class StrictOrderScan extends UserScan {

	StrictOrderScan(FunnelSpec spec) {
		super(spec);
	}

	@Override
	void scan(long[] keys, int from, int to) {
		reset();
		int current = 0;
		long startTime = 0;
		int startPosition = NONE;
		for (int j = from; j < to; j++) {
			long key = keys[j];
			int step = step(key);
			long time = time(key);
			if (step == 0) {
				current = 1;
				startTime = time;
				startPosition = j;
			}
			else if (current > 0 && step == current && time - startTime <= this.windowMillis[step]) {
				current++;
			}
			else if (current > 0 && step == current - 1) {
				continue; // a repeat of the step just reached
			}
			else {
				current = 0;
				continue;
			}
			if (current > this.level) {
				reached(current, startPosition, j, startTime, time);
			}
		}
	}

}
