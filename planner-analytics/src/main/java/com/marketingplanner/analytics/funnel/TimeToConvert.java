package com.marketingplanner.analytics.funnel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long converting users took from step 1 to the last step of the funnel, measured on
 * the attempt that first completed the funnel (see {@link EventFunnel} for which attempt
 * that is in each order mode).
 * <p>
 * Percentiles use the nearest-rank method: the p-th percentile is the smallest duration d
 * such that at least p % of the durations are ≤ d (the ⌈p/100 × n⌉-th smallest). The
 * histogram counts durations in the buckets ≤ 1 h, ≤ 6 h, ≤ 1 d, ≤ 3 d, ≤ 7 d, ≤ 14 d and
 * above (upper bounds inclusive).
 *
 * @param converters the users who completed the funnel
 * @param percentiles p25, p50, p75, p90 and p95; empty without converters
 * @param histogram the buckets in increasing order
 */
public record TimeToConvert(long converters, List<Percentile> percentiles, List<Bucket> histogram) {

	static final int[] PERCENTS = { 25, 50, 75, 90, 95 };

	static final Duration[] BUCKET_BOUNDS = { Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1),
			Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(14) };

	public TimeToConvert {
		percentiles = List.copyOf(percentiles);
		histogram = List.copyOf(histogram);
	}

	/**
	 * The distribution of the given durations in milliseconds (the array gets sorted).
	 */
	static TimeToConvert of(long[] millis, int count) {
		Arrays.sort(millis, 0, count);
		List<Percentile> percentiles = new ArrayList<>();
		if (count > 0) {
			for (int percent : PERCENTS) {
				int rank = (int) Math.ceil(percent / 100.0 * count);
				percentiles.add(new Percentile(percent, Duration.ofMillis(millis[Math.max(rank, 1) - 1])));
			}
		}
		List<Bucket> histogram = new ArrayList<>();
		int from = 0;
		for (Duration bound : BUCKET_BOUNDS) {
			int to = from;
			while (to < count && millis[to] <= bound.toMillis()) {
				to++;
			}
			histogram.add(new Bucket(bound, to - from));
			from = to;
		}
		histogram.add(new Bucket(null, count - from));
		return new TimeToConvert(count, percentiles, histogram);
	}

	/**
	 * One percentile.
	 *
	 * @param percent e.g. 50 for the median
	 * @param value the duration
	 */
	public record Percentile(int percent, Duration value) {
	}

	/**
	 * One histogram bucket: durations above the previous bucket's bound up to and
	 * including this one's.
	 *
	 * @param upTo the inclusive upper bound, {@code null} for the open last bucket
	 * @param users how many converters fall in it
	 */
	public record Bucket(Duration upTo, long users) {
	}

}
