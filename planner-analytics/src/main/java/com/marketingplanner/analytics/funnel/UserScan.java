package com.marketingplanner.analytics.funnel;

/**
 * Finds how far one user got, from the user's funnel events sorted by (time, step) and
 * packed as {@code time << 8 | step} (see {@link EventFunnel}). One instance per order
 * mode and funnel, reused for every user; not thread-safe.
 */
abstract class UserScan {

	/** Sentinel for "no position" and "did not complete". */
	static final int NONE = -1;

	final int steps;

	/** Milliseconds allowed from step 1 to step k + 1, by k. */
	final long[] windowMillis;

	/** The furthest level reached by the last user scanned (0..steps). */
	int level;

	/** Position of the step-1 event of the attempt that first reached {@link #level}. */
	int firstStepPosition;

	/** Position of the event with which {@link #level} was first reached. */
	int reachedStepPosition;

	/** Time from step 1 to the last step of the completing attempt, or {@link #NONE}. */
	long conversionMillis;

	UserScan(FunnelSpec spec) {
		this.steps = spec.steps().size();
		this.windowMillis = new long[this.steps];
		for (int k = 0; k < this.steps; k++) {
			this.windowMillis[k] = spec.windowMillis(k);
		}
	}

	static UserScan of(FunnelSpec spec) {
		switch (spec.order()) {
			case LOOSE:
				return new LooseOrderScan(spec);
			case STRICT:
				return new StrictOrderScan(spec);
			default:
				return new AnyOrderScan(spec);
		}
	}

	/** Scans {@code keys[from..to)}, setting the fields above. */
	abstract void scan(long[] keys, int from, int to);

	static int step(long key) {
		return (int) (key & 0xFF);
	}

	static long time(long key) {
		return key >> 8;
	}

	final void reset() {
		this.level = 0;
		this.firstStepPosition = NONE;
		this.reachedStepPosition = NONE;
		this.conversionMillis = NONE;
	}

	/**
	 * Records that the current attempt, started at {@code start}, reached a new furthest
	 * level.
	 */
	final void reached(int newLevel, int startPosition, int position, long startTime, long time) {
		this.level = newLevel;
		this.firstStepPosition = startPosition;
		this.reachedStepPosition = position;
		if (newLevel == this.steps) {
			this.conversionMillis = time - startTime;
		}
	}

}
