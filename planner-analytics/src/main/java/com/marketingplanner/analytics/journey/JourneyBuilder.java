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
 * Speed: O(n) counting sort by user, then a stable insertion sort (merge sort for long
 * histories) by time inside each user, all over primitive arrays; no object per touch.
 */
public final class JourneyBuilder {

	private static final int INSERTION_SORT_LIMIT = 32;

	private final long lookbackMillis;

	public JourneyBuilder(Duration lookback) {
		if (lookback.isNegative()) {
			throw new IllegalArgumentException("lookback must not be negative");
		}
		this.lookbackMillis = lookback.toMillis();
	}

	public Journeys build(TouchpointLog log) {
		int n = log.size();
		int[] order = sortByUserThenTime(log);
		int[] offsets = new int[n + 1];
		int[] channels = new int[n];
		long[] times = new long[n];
		double[] values = new double[n];
		int journeys = 0;
		int written = 0;
		int segmentStart = 0;
		while (segmentStart < n) {
			int user = log.user(order[segmentStart]);
			int segmentEnd = segmentStart;
			while (segmentEnd < n && log.user(order[segmentEnd]) == user) {
				segmentEnd++;
			}
			int journeyStart = segmentStart;
			for (int i = segmentStart; i < segmentEnd; i++) {
				int touch = order[i];
				if (!log.isConversion(touch)) {
					continue;
				}
				long windowStart = log.time(touch) - this.lookbackMillis;
				int first = journeyStart;
				while (log.time(order[first]) < windowStart) {
					first++;
				}
				for (int k = first; k <= i; k++) {
					channels[written] = log.channel(order[k]);
					times[written] = log.time(order[k]);
					written++;
				}
				values[journeys] = log.value(touch);
				offsets[++journeys] = written;
				journeyStart = i + 1;
			}
			if (journeyStart < segmentEnd) {
				for (int k = journeyStart; k < segmentEnd; k++) {
					channels[written] = log.channel(order[k]);
					times[written] = log.time(order[k]);
					written++;
				}
				values[journeys] = Double.NaN;
				offsets[++journeys] = written;
			}
			segmentStart = segmentEnd;
		}
		return new Journeys(log.channels(), journeys, Arrays.copyOf(offsets, journeys + 1), channels, times,
				Arrays.copyOf(values, journeys));
	}

	/** Touch indexes ordered by (user, time), stable. */
	static int[] sortByUserThenTime(TouchpointLog log) {
		int n = log.size();
		int[] starts = new int[log.userCount() + 1];
		for (int i = 0; i < n; i++) {
			starts[log.user(i) + 1]++;
		}
		for (int u = 0; u < log.userCount(); u++) {
			starts[u + 1] += starts[u];
		}
		int[] order = new int[n];
		int[] next = Arrays.copyOf(starts, log.userCount());
		for (int i = 0; i < n; i++) {
			order[next[log.user(i)]++] = i;
		}
		int[] scratch = null;
		for (int u = 0; u < log.userCount(); u++) {
			int from = starts[u];
			int to = starts[u + 1];
			if (to - from <= INSERTION_SORT_LIMIT) {
				insertionSort(log, order, from, to);
			}
			else {
				if (scratch == null || scratch.length < to - from) {
					scratch = new int[Math.max(to - from, 1024)];
				}
				mergeSort(log, order, from, to, scratch);
			}
		}
		return order;
	}

	private static void insertionSort(TouchpointLog log, int[] order, int from, int to) {
		for (int i = from + 1; i < to; i++) {
			int touch = order[i];
			long time = log.time(touch);
			int j = i - 1;
			while (j >= from && log.time(order[j]) > time) {
				order[j + 1] = order[j];
				j--;
			}
			order[j + 1] = touch;
		}
	}

	/** Stable bottom-up merge sort by time of {@code order[from..to)}. */
	private static void mergeSort(TouchpointLog log, int[] order, int from, int to, int[] scratch) {
		for (int start = from; start < to; start += INSERTION_SORT_LIMIT) {
			insertionSort(log, order, start, Math.min(start + INSERTION_SORT_LIMIT, to));
		}
		for (int width = INSERTION_SORT_LIMIT; width < to - from; width *= 2) {
			for (int left = from; left < to - width; left += 2 * width) {
				int middle = left + width;
				int right = Math.min(left + 2 * width, to);
				int a = left;
				int b = middle;
				int k = 0;
				while (a < middle && b < right) {
					scratch[k++] = (log.time(order[b]) < log.time(order[a])) ? order[b++] : order[a++];
				}
				while (a < middle) {
					scratch[k++] = order[a++];
				}
				while (b < right) {
					scratch[k++] = order[b++];
				}
				System.arraycopy(scratch, 0, order, left, k);
			}
		}
	}

}
