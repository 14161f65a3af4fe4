package com.marketingplanner.analytics.journey;

import java.time.Duration;
import java.util.Arrays;

/**
 * Splits raw touchpoints into journeys.
 * <p>
 * Contract: touches are grouped by user and ordered by time (ties keep input order). Each
 * conversion closes a journey: the touches of that user after the previous conversion
 * whose time is within the lookback window, {@code conversionTime - lookback <= time},
 * followed by the converting touch itself. Touches after a user's last conversion form a
 * trailing non-converting journey (no window applies: nothing to look back from). Touches
 * that fell out of the window of the conversion that followed them are dropped: no
 * conversion may be credited to them, and they are not a trailing journey either.
 * <p>
 * Speed: the primitive columns are moved into user order by a stable counting sort (one
 * pass for up to 2^16 users, else a two-pass LSD radix sort whose writes stay
 * cache-friendly), then sorted by time inside each user (insertion sort; merge sort for
 * histories longer than 32 touches), then cut into journeys in one sequential pass that
 * compacts in place. No object per touch.
 */
public final class JourneyBuilder {

	private static final int INSERTION_SORT_LIMIT = 32;

	/**
	 * Up to this many users, one counting-sort pass (counters fit in cache); beyond,
	 * radix.
	 */
	static final int DIRECT_SORT_USERS = 1 << 16;

	private final long lookbackMillis;

	public JourneyBuilder(Duration lookback) {
		if (lookback.isNegative()) {
			throw new IllegalArgumentException("lookback must not be negative");
		}
		this.lookbackMillis = lookback.toMillis();
	}

	public Journeys build(TouchpointLog log) {
		int n = log.size();
		int users = log.userCount();
		int[] starts = new int[users + 1];
		for (int i = 0; i < n; i++) {
			starts[log.user(i) + 1]++;
		}
		for (int u = 0; u < users; u++) {
			starts[u + 1] += starts[u];
		}
		long[] times = new long[n];
		int[] channels = new int[n];
		double[] values = new double[n];
		if (inUserOrder(log)) {
			for (int i = 0; i < n; i++) {
				times[i] = log.time(i);
				channels[i] = log.channel(i);
				values[i] = log.value(i);
			}
		}
		else if (users <= DIRECT_SORT_USERS) {
			scatterByUser(log, starts, times, channels, values);
		}
		else {
			radixSortByUser(log, times, channels, values);
		}
		TimeSorter sorter = new TimeSorter(times, channels, values);
		for (int u = 0; u < users; u++) {
			sorter.sort(starts[u], starts[u + 1]);
		}
		return split(log.channels(), starts, users, times, channels, values);
	}

	/**
	 * Whether the touches are already in user order (e.g. a file or a stored read that
	 * keeps each user's touches together, users numbered in order of first sight): then
	 * the stable sort by user would leave every touch where it is.
	 */
	private static boolean inUserOrder(TouchpointLog log) {
		for (int i = 1; i < log.size(); i++) {
			if (log.user(i) < log.user(i - 1)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * One counting-sort pass by user, moving the columns themselves so that later passes
	 * read sequentially. Used when the counters fit in cache.
	 */
	private static void scatterByUser(TouchpointLog log, int[] starts, long[] times, int[] channels, double[] values) {
		int[] next = Arrays.copyOf(starts, log.userCount());
		for (int i = 0; i < log.size(); i++) {
			int position = next[log.user(i)]++;
			times[position] = log.time(i);
			channels[position] = log.channel(i);
			values[position] = log.value(i);
		}
	}

	/**
	 * Stable LSD radix sort by user in two counting passes (low bits, then high bits of
	 * the user id). With many users one pass would write every touch to a random place of
	 * arrays far larger than the cache; two passes over at most 2^16 buckets each keep
	 * the writes in few, cache-friendly streams.
	 */
	private static void radixSortByUser(TouchpointLog log, long[] times, int[] channels, double[] values) {
		int n = log.size();
		int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, log.userCount() - 1));
		int lowBits = bits / 2;
		int lowMask = (1 << lowBits) - 1;
		int[] next = new int[1 << lowBits];
		for (int i = 0; i < n; i++) {
			next[log.user(i) & lowMask]++;
		}
		prefixSums(next);
		int[] users = new int[n];
		long[] passTimes = new long[n];
		int[] passChannels = new int[n];
		double[] passValues = new double[n];
		for (int i = 0; i < n; i++) {
			int position = next[log.user(i) & lowMask]++;
			users[position] = log.user(i);
			passTimes[position] = log.time(i);
			passChannels[position] = log.channel(i);
			passValues[position] = log.value(i);
		}
		next = new int[1 << (bits - lowBits)];
		for (int i = 0; i < n; i++) {
			next[users[i] >>> lowBits]++;
		}
		prefixSums(next);
		for (int i = 0; i < n; i++) {
			int position = next[users[i] >>> lowBits]++;
			times[position] = passTimes[i];
			channels[position] = passChannels[i];
			values[position] = passValues[i];
		}
	}

	/** In place: counts become start positions. */
	private static void prefixSums(int[] counts) {
		int sum = 0;
		for (int i = 0; i < counts.length; i++) {
			int count = counts[i];
			counts[i] = sum;
			sum += count;
		}
	}

	/**
	 * Cuts each user's time-ordered touches into journeys, compacting in place: the write
	 * position never passes the read position, so touches are copied forward safely.
	 */
	private Journeys split(ChannelDictionary dictionary, int[] starts, int users, long[] times, int[] channels,
			double[] values) {
		int[] offsets = new int[times.length + 1];
		double[] journeyValues = new double[times.length];
		int journeys = 0;
		int written = 0;
		for (int u = 0; u < users; u++) {
			int end = starts[u + 1];
			int journeyStart = starts[u];
			for (int i = journeyStart; i < end; i++) {
				if (Double.isNaN(values[i])) {
					continue;
				}
				long windowStart = times[i] - this.lookbackMillis;
				int first = journeyStart;
				while (times[first] < windowStart) {
					first++;
				}
				written = copy(times, channels, first, i + 1, written);
				journeyValues[journeys] = values[i];
				offsets[++journeys] = written;
				journeyStart = i + 1;
			}
			if (journeyStart < end) {
				written = copy(times, channels, journeyStart, end, written);
				journeyValues[journeys] = Double.NaN;
				offsets[++journeys] = written;
			}
		}
		return new Journeys(dictionary, journeys, Arrays.copyOf(offsets, journeys + 1), channels, times,
				Arrays.copyOf(journeyValues, journeys));
	}

	private static int copy(long[] times, int[] channels, int from, int to, int written) {
		if (from != written) {
			System.arraycopy(times, from, times, written, to - from);
			System.arraycopy(channels, from, channels, written, to - from);
		}
		return written + to - from;
	}

	/**
	 * Stable sort by time of a range of the three parallel columns: insertion sort for
	 * short ranges (most users), a bottom-up merge sort of positions for long ones.
	 */
	private static final class TimeSorter {

		private final long[] times;

		private final int[] channels;

		private final double[] values;

		private int[] positions = new int[0];

		private int[] scratch = new int[0];

		private long[] timeCopy = new long[0];

		private int[] channelCopy = new int[0];

		private double[] valueCopy = new double[0];

		TimeSorter(long[] times, int[] channels, double[] values) {
			this.times = times;
			this.channels = channels;
			this.values = values;
		}

		void sort(int from, int to) {
			if (to - from <= INSERTION_SORT_LIMIT) {
				insertionSort(from, to);
			}
			else {
				mergeSort(from, to);
			}
		}

		private void insertionSort(int from, int to) {
			for (int i = from + 1; i < to; i++) {
				long time = this.times[i];
				if (time >= this.times[i - 1]) {
					continue;
				}
				int channel = this.channels[i];
				double value = this.values[i];
				int j = i - 1;
				while (j >= from && this.times[j] > time) {
					this.times[j + 1] = this.times[j];
					this.channels[j + 1] = this.channels[j];
					this.values[j + 1] = this.values[j];
					j--;
				}
				this.times[j + 1] = time;
				this.channels[j + 1] = channel;
				this.values[j + 1] = value;
			}
		}

		private void mergeSort(int from, int to) {
			int length = to - from;
			if (this.positions.length < length) {
				this.positions = new int[length];
				this.scratch = new int[length];
				this.timeCopy = new long[length];
				this.channelCopy = new int[length];
				this.valueCopy = new double[length];
			}
			int[] order = this.positions;
			for (int i = 0; i < length; i++) {
				order[i] = from + i;
			}
			for (int width = 1; width < length; width *= 2) {
				for (int left = 0; left < length - width; left += 2 * width) {
					int middle = left + width;
					int right = Math.min(left + 2 * width, length);
					int a = left;
					int b = middle;
					int k = 0;
					while (a < middle && b < right) {
						this.scratch[k++] = (this.times[order[b]] < this.times[order[a]]) ? order[b++] : order[a++];
					}
					while (a < middle) {
						this.scratch[k++] = order[a++];
					}
					while (b < right) {
						this.scratch[k++] = order[b++];
					}
					System.arraycopy(this.scratch, 0, order, left, k);
				}
			}
			for (int i = 0; i < length; i++) {
				this.timeCopy[i] = this.times[order[i]];
				this.channelCopy[i] = this.channels[order[i]];
				this.valueCopy[i] = this.values[order[i]];
			}
			System.arraycopy(this.timeCopy, 0, this.times, from, length);
			System.arraycopy(this.channelCopy, 0, this.channels, from, length);
			System.arraycopy(this.valueCopy, 0, this.values, from, length);
		}

	}

}
