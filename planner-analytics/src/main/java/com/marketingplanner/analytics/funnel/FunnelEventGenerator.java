package com.marketingplanner.analytics.funnel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic events for the funnel benchmark and tests: the same (users,
 * events, seed) always give the same events. Each event picks a user uniformly, a time
 * uniformly in the {@value #DAYS} days from 2026-01-01T00:00:00Z at second resolution,
 * and a name from {@link #EVENT_NAMES} with weights 35/20/12/8/5/20 % — the five funnel
 * steps, earlier steps more frequent, and a non-step event. Rows come out in random time
 * order.
 */
public final class FunnelEventGenerator {

	/** The five funnel steps of the benchmark, then one event that is no step. */
	public static final List<String> EVENT_NAMES = List.of("view", "cart", "checkout", "pay", "review", "search");

	/** The funnel steps of the benchmark, in order. */
	public static final List<String> STEPS = EVENT_NAMES.subList(0, 5);

	static final int DAYS = 60;

	private static final long START = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

	/** Cumulative weights in percent of {@link #EVENT_NAMES}. */
	private static final int[] CUMULATIVE_PERCENT = { 35, 55, 67, 75, 80, 100 };

	private final int users;

	private final int events;

	private final long seed;

	public FunnelEventGenerator(int users, int events, long seed) {
		if (users <= 0 || events < 0) {
			throw new IllegalArgumentException("need users > 0 and events ≥ 0");
		}
		this.users = users;
		this.events = events;
		this.seed = seed;
	}

	/** The events as an encoded log, without going through strings. */
	public EventLog toEventLog() {
		int[] userColumn = new int[this.events];
		long[] timeColumn = new long[this.events];
		int[] eventColumn = new int[this.events];
		SplittableRandom random = new SplittableRandom(this.seed);
		for (int i = 0; i < this.events; i++) {
			userColumn[i] = random.nextInt(this.users);
			timeColumn[i] = time(random);
			eventColumn[i] = eventName(random);
		}
		return EventLog.ofEncoded(this.users, userColumn, timeColumn, eventColumn, EVENT_NAMES);
	}

	/**
	 * Writes the same events as {@link #toEventLog()} as CSV
	 * {@code user_id,timestamp,event}.
	 */
	public void writeCsv(Writer out) {
		SplittableRandom random = new SplittableRandom(this.seed);
		try {
			out.write("user_id,timestamp,event\n");
			StringBuilder line = new StringBuilder(64);
			for (int i = 0; i < this.events; i++) {
				int user = random.nextInt(this.users);
				long time = time(random);
				int event = eventName(random);
				line.setLength(0);
				line.append('u')
					.append(user)
					.append(',')
					.append(Instant.ofEpochMilli(time))
					.append(',')
					.append(EVENT_NAMES.get(event))
					.append('\n');
				out.append(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long time(SplittableRandom random) {
		return START + random.nextLong(DAYS * 86_400L) * 1000;
	}

	private static int eventName(SplittableRandom random) {
		int percent = random.nextInt(100);
		int index = 0;
		while (percent >= CUMULATIVE_PERCENT[index]) {
			index++;
		}
		return index;
	}

}
