package com.marketingplanner.analytics.journey;

/**
 * Journeys built from touchpoints by {@link JourneyBuilder}: each journey is the ordered
 * touches of one user that end in one conversion (with its value) or, for the last
 * journey of a user, in no conversion. Columnar: the touches of journey {@code j} are the
 * indexes {@code start(j) .. end(j) - 1} of {@link #channel(int)} and {@link #time(int)}.
 */
public final class Journeys {

	private final ChannelDictionary channels;

	private final int count;

	private final int[] offsets;

	private final int[] channelIds;

	private final long[] times;

	private final double[] values;

	Journeys(ChannelDictionary channels, int count, int[] offsets, int[] channelIds, long[] times, double[] values) {
		this.channels = channels;
		this.count = count;
		this.offsets = offsets;
		this.channelIds = channelIds;
		this.times = times;
		this.values = values;
	}

	public int count() {
		return this.count;
	}

	public ChannelDictionary channels() {
		return this.channels;
	}

	public int start(int journey) {
		return this.offsets[journey];
	}

	public int end(int journey) {
		return this.offsets[journey + 1];
	}

	public int channel(int touchIndex) {
		return this.channelIds[touchIndex];
	}

	/** Touch time in epoch milliseconds. */
	public long time(int touchIndex) {
		return this.times[touchIndex];
	}

	public boolean converted(int journey) {
		return !Double.isNaN(this.values[journey]);
	}

	/** The conversion value, or {@code NaN} for a non-converting journey. */
	public double value(int journey) {
		return this.values[journey];
	}

	/**
	 * Aggregates the journeys by distinct path: a converting journey adds 1 conversion
	 * and its value to its path, a non-converting one adds 1 null.
	 */
	public PathTable toPathTable() {
		PathTable.Builder builder = new PathTable.Builder(new ChannelDictionary());
		for (String name : this.channels.names()) {
			builder.channels().idOf(name);
		}
		for (int j = 0; j < this.count; j++) {
			boolean converted = converted(j);
			builder.add(this.channelIds, this.offsets[j], this.offsets[j + 1], converted ? 1 : 0,
					converted ? this.values[j] : 0, converted ? 0 : 1);
		}
		return builder.build();
	}

}
