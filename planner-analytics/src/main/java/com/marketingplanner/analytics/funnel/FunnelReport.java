package com.marketingplanner.analytics.funnel;

import java.util.List;
import java.util.OptionalInt;

/**
 * Step and cumulative rates of a funnel, built by {@link StageFunnel#of(List)}.
 *
 * @param steps the steps in funnel order
 * @param bottleneck index of the step with the lowest defined step rate among steps 2..n
 * (the first such step on ties); empty for a funnel of one step or when no step rate is
 * defined
 */
public record FunnelReport(List<StepRate> steps, OptionalInt bottleneck) {

	public FunnelReport {
		steps = List.copyOf(steps);
	}

	/** The users at each step, in order. */
	public long[] users() {
		return this.steps.stream().mapToLong(StepRate::users).toArray();
	}

}
