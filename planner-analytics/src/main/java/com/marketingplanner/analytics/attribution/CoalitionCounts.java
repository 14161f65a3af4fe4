package com.marketingplanner.analytics.attribution;

import java.util.Arrays;
import java.util.List;

import com.marketingplanner.analytics.journey.ChannelDictionary;
import com.marketingplanner.analytics.journey.PathTable;

/**
 * Conversions R(T), value V(T) and nulls of journeys grouped by their exact channel set T
 * (order and repeats ignored), T held as a bitmask over channel ids: the mergeable
 * aggregate behind {@link ShapleyModel}. Counts are sums, so counts of partitions
 * {@link #merge merged} equal the counts of the whole. At most {@value #MAX_CHANNELS}
 * channels (one bit each in a long).
 */
public final class CoalitionCounts {

	public static final int MAX_CHANNELS = 63;

	private final ChannelDictionary channels = new ChannelDictionary();

	private final LongIndex sets = new LongIndex();

	private double[] conversions = new double[256];

	private double[] values = new double[256];

	private double[] nulls = new double[256];

	public static CoalitionCounts of(PathTable paths) {
		CoalitionCounts counts = new CoalitionCounts();
		counts.addAll(paths);
		return counts;
	}

	public ChannelDictionary channels() {
		return this.channels;
	}

	/** Number of distinct channel sets. */
	public int size() {
		return this.sets.size();
	}

	/** The channel set (bit i = channel id i) of entry {@code index}. */
	public long set(int index) {
		return this.sets.key(index);
	}

	public double conversions(int index) {
		return this.conversions[index];
	}

	public double value(int index) {
		return this.values[index];
	}

	public double nulls(int index) {
		return this.nulls[index];
	}

	/**
	 * @throws IllegalArgumentException when the channels exceed {@value #MAX_CHANNELS}
	 */
	public CoalitionCounts addAll(PathTable paths) {
		int[] translation = translation(paths.channelNames());
		for (int p = 0; p < paths.size(); p++) {
			long set = 0;
			for (int t = paths.pathStart(p); t < paths.pathEnd(p); t++) {
				set |= 1L << translation[paths.channelAt(t)];
			}
			add(set, paths.conversions(p), paths.value(p), paths.nulls(p));
		}
		return this;
	}

	/** The sum of this and {@code other}, matching channels by name. */
	public CoalitionCounts merge(CoalitionCounts other) {
		CoalitionCounts sum = new CoalitionCounts();
		sum.addSets(this);
		sum.addSets(other);
		return sum;
	}

	private void addSets(CoalitionCounts source) {
		int[] translation = translation(source.channels.names());
		for (int i = 0; i < source.size(); i++) {
			long set = 0;
			for (long rest = source.set(i); rest != 0; rest &= rest - 1) {
				set |= 1L << translation[Long.numberOfTrailingZeros(rest)];
			}
			add(set, source.conversions[i], source.values[i], source.nulls[i]);
		}
	}

	private int[] translation(List<String> names) {
		int[] translation = new int[names.size()];
		for (int id = 0; id < translation.length; id++) {
			translation[id] = this.channels.idOf(names.get(id));
			if (translation[id] >= MAX_CHANNELS) {
				throw new IllegalArgumentException(
						"Shapley attribution supports at most " + MAX_CHANNELS + " channels, found more");
			}
		}
		return translation;
	}

	private void add(long set, double conversions, double value, double nulls) {
		int index = this.sets.indexOf(set);
		if (index == this.conversions.length) {
			this.conversions = Arrays.copyOf(this.conversions, index * 2);
			this.values = Arrays.copyOf(this.values, index * 2);
			this.nulls = Arrays.copyOf(this.nulls, index * 2);
		}
		this.conversions[index] += conversions;
		this.values[index] += value;
		this.nulls[index] += nulls;
	}

}
