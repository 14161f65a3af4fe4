package com.marketingplanner.analytics.funnel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Funnel from raw events (design.md "Funnel from events"). A user reaches step k when
 * events of steps 1..k occur in the order the {@link FunnelOrder} demands, step j no
 * later than its window after the attempt's step-1 event (inclusive; 14 days by default).
 * Any step-1 event may open an attempt and the user counts at the furthest step reached
 * over all attempts, as ClickHouse's {@code windowFunnel} does. Users counted are those
 * with at least one event of a funnel step; users reaching step k are also counted at
 * every earlier step, so the counts never increase along the steps.
 * <p>
 * Time to convert ({@link TimeToConvert}) is taken from the first completion of the whole
 * funnel in time: in loose order from the latest step-1 event that allows that completion
 * to the completing event; in strict order over the first completed attempt; in any order
 * over the earliest span holding every step, from its first event to the event that
 * completes it.
 * <p>
 * How it runs (one core, no object per event): the funnel events are bucketed by user
 * with a counting sort, each packed as {@code time << 8 | step} in one {@code long[]};
 * each user's slice is sorted (insertion sort for the usual short slices) so that the
 * order is (time, step); then one scan per user, specific to the order mode, finds the
 * furthest level. Rows may come in any order.
 */
public final class EventFunnel {

	private static final int INSERTION_SORT_MAX = 48;

	private EventFunnel() {
	}

	/** The funnel report of all users of the log. */
	public static FunnelResult analyse(EventLog log, FunnelSpec spec) {
		return aggregate(log, spec).toResult(spec.breakdown());
	}

	/**
	 * The mergeable aggregate of all users of the log; aggregates of logs that share no
	 * user {@link FunnelAggregate#merge merge} into the aggregate of their union.
	 */
	public static FunnelAggregate aggregate(EventLog log, FunnelSpec spec) {
		int[] stepOfEvent = stepOfEvent(log, spec);
		boolean breakdown = spec.breakdown() != null;
		int userCount = log.userCount();
		int[] users = log.users();
		long[] times = log.times();
		int[] events = log.events();
		int size = log.size();

		// counting sort by user: offsets[u]..offsets[u+1] will hold user u's funnel
		// events
		int[] offsets = new int[userCount + 1];
		for (int i = 0; i < size; i++) {
			if (stepOfEvent[events[i]] >= 0) {
				offsets[users[i] + 1]++;
			}
		}
		for (int u = 0; u < userCount; u++) {
			offsets[u + 1] += offsets[u];
		}
		long[] keys = new long[offsets[userCount]];
		int[] rows = breakdown ? new int[keys.length] : null;
		int[] cursor = Arrays.copyOf(offsets, userCount);
		for (int i = 0; i < size; i++) {
			int step = stepOfEvent[events[i]];
			if (step >= 0) {
				int position = cursor[users[i]]++;
				keys[position] = (times[i] << 8) | step;
				if (breakdown) {
					rows[position] = i;
				}
			}
		}

		FunnelAggregate aggregate = new FunnelAggregate(spec.steps());
		UserScan scan = UserScan.of(spec);
		long[][] levelsByProperty = breakdown ? new long[log.propertyValues().size() + 1][spec.steps().size() + 1]
				: null;
		for (int u = 0; u < userCount; u++) {
			int from = offsets[u];
			int to = offsets[u + 1];
			if (from == to) {
				continue;
			}
			sortByTimeThenStep(keys, rows, from, to);
			scan.scan(keys, from, to);
			if (breakdown) {
				int position = (spec.breakdown() == BreakdownSource.FIRST_STEP) ? scan.firstStepPosition
						: scan.reachedStepPosition;
				int property = (position == UserScan.NONE) ? EventLog.NO_PROPERTY : log.property(rows[position]);
				levelsByProperty[property + 1][scan.level]++;
			}
			aggregate.addUser(scan.level);
			if (scan.conversionMillis != UserScan.NONE) {
				aggregate.addConversion(scan.conversionMillis);
			}
		}
		if (breakdown) {
			for (int property = -1; property < log.propertyValues().size(); property++) {
				long[] levels = levelsByProperty[property + 1];
				if (Arrays.stream(levels).sum() > 0) {
					String value = (property == EventLog.NO_PROPERTY) ? "" : log.propertyValues().get(property);
					aggregate.addUsers(levels, value);
				}
			}
		}
		return aggregate;
	}

	/** Step index of each event number of the log, −1 for events that are no step. */
	private static int[] stepOfEvent(EventLog log, FunnelSpec spec) {
		Map<String, Integer> stepByName = new HashMap<>();
		List<String> steps = spec.steps();
		for (int k = 0; k < steps.size(); k++) {
			stepByName.put(steps.get(k), k);
		}
		int[] stepOfEvent = new int[log.eventNames().size()];
		for (int e = 0; e < stepOfEvent.length; e++) {
			stepOfEvent[e] = stepByName.getOrDefault(log.eventNames().get(e), -1);
		}
		return stepOfEvent;
	}

	/** Sorts keys[from..to) ascending, moving rows (when not null) along. */
	static void sortByTimeThenStep(long[] keys, int[] rows, int from, int to) {
		if (to - from <= INSERTION_SORT_MAX) {
			insertionSort(keys, rows, from, to);
		}
		else if (rows == null) {
			Arrays.sort(keys, from, to);
		}
		else {
			heapSort(keys, rows, from, to);
		}
	}

	private static void insertionSort(long[] keys, int[] rows, int from, int to) {
		for (int i = from + 1; i < to; i++) {
			long key = keys[i];
			if (keys[i - 1] <= key) {
				continue; // already in order: the common case for logged events
			}
			int row = (rows == null) ? 0 : rows[i];
			int j = i - 1;
			while (j >= from && keys[j] > key) {
				keys[j + 1] = keys[j];
				if (rows != null) {
					rows[j + 1] = rows[j];
				}
				j--;
			}
			keys[j + 1] = key;
			if (rows != null) {
				rows[j + 1] = row;
			}
		}
	}

	private static void heapSort(long[] keys, int[] rows, int from, int to) {
		int n = to - from;
		for (int i = n / 2 - 1; i >= 0; i--) {
			siftDown(keys, rows, from, i, n);
		}
		for (int end = n - 1; end > 0; end--) {
			swap(keys, rows, from, from + end);
			siftDown(keys, rows, from, 0, end);
		}
	}

	private static void siftDown(long[] keys, int[] rows, int base, int root, int n) {
		while (true) {
			int child = 2 * root + 1;
			if (child >= n) {
				return;
			}
			if (child + 1 < n && keys[base + child + 1] > keys[base + child]) {
				child++;
			}
			if (keys[base + root] >= keys[base + child]) {
				return;
			}
			swap(keys, rows, base + root, base + child);
			root = child;
		}
	}

	private static void swap(long[] keys, int[] rows, int a, int b) {
		long key = keys[a];
		keys[a] = keys[b];
		keys[b] = key;
		int row = rows[a];
		rows[a] = rows[b];
		rows[b] = row;
	}

}
