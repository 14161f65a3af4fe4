package com.marketingplanner.analytics.funnel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mergeable partial result of an event funnel: how many users ended at each level
 * (level 0 = had funnel events but never step 1, level k = reached step k and no
 * further), the same per breakdown value, and the conversion times of the users who
 * completed the funnel. All parts are sums or concatenations, so aggregates of disjoint
 * sets of users — partitions of the event log by user — {@link #merge merge} into the
 * aggregate of the whole (design.md: "funnel step counts are all sums"). Serializable, so
 * that partial aggregates can travel between the processes of a distributed job
 * (planner-spark). Not thread-safe.
 */
public final class FunnelAggregate implements Serializable {

	private static final long serialVersionUID = 1L;

	private final List<String> steps;

	private final long[] usersAtLevel;

	private final Map<String, long[]> usersAtLevelByValue = new TreeMap<>();

	private long[] conversionMillis = new long[16];

	private int converters;

	/** An empty aggregate for the given steps. */
	public FunnelAggregate(List<String> steps) {
		this.steps = List.copyOf(steps);
		this.usersAtLevel = new long[steps.size() + 1];
	}

	/** Adds the aggregate of another, disjoint set of users over the same steps. */
	public FunnelAggregate merge(FunnelAggregate other) {
		if (!this.steps.equals(other.steps)) {
			throw new IllegalArgumentException("cannot merge funnels over different steps");
		}
		addInto(this.usersAtLevel, other.usersAtLevel);
		other.usersAtLevelByValue.forEach((value, levels) -> addInto(levelsOf(value), levels));
		for (int i = 0; i < other.converters; i++) {
			addConversion(other.conversionMillis[i]);
		}
		return this;
	}

	/** Users reaching each step: reaching k = those ending at level k or beyond. */
	public long[] usersReaching() {
		return reaching(this.usersAtLevel);
	}

	/** The report, with the breakdown labelled by {@code source}. */
	public FunnelResult toResult(BreakdownSource source) {
		Map<String, FunnelReport> breakdown = new LinkedHashMap<>();
		this.usersAtLevelByValue
			.forEach((value, levels) -> breakdown.put(value, StageFunnel.of(this.steps, reaching(levels))));
		long[] durations = Arrays.copyOf(this.conversionMillis, this.converters);
		return new FunnelResult(StageFunnel.of(this.steps, usersReaching()), breakdown, source,
				TimeToConvert.of(durations, this.converters));
	}

	void addUser(int level) {
		this.usersAtLevel[level]++;
	}

	void addUsers(long[] levels, String value) {
		addInto(levelsOf(value), levels);
	}

	void addConversion(long millis) {
		if (this.converters == this.conversionMillis.length) {
			this.conversionMillis = Arrays.copyOf(this.conversionMillis, this.converters * 2);
		}
		this.conversionMillis[this.converters++] = millis;
	}

	private long[] levelsOf(String value) {
		return this.usersAtLevelByValue.computeIfAbsent(value, (key) -> new long[this.usersAtLevel.length]);
	}

	private static long[] reaching(long[] atLevel) {
		long[] reaching = new long[atLevel.length - 1];
		long sum = 0;
		for (int level = atLevel.length - 1; level >= 1; level--) {
			sum += atLevel[level];
			reaching[level - 1] = sum;
		}
		return reaching;
	}

	private static void addInto(long[] target, long[] addend) {
		for (int i = 0; i < target.length; i++) {
			target[i] += addend[i];
		}
	}

}
