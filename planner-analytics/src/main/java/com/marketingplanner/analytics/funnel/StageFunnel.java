package com.marketingplanner.analytics.funnel;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import com.marketingplanner.analytics.Figure;

/**
 * Funnel from stage counts (design.md "Funnel from counts"; seed digest row 12): step
 * rate nᵢ ÷ nᵢ₋₁, cumulative rate nᵢ ÷ n₀, drop-off nᵢ₋₁ − nᵢ and its rate, and the
 * bottleneck, the step with the lowest step rate. A rate over a zero count is undefined.
 * Counts that grow along the funnel (possible when a plan's numbers disagree) are
 * reported as they are, with a step rate above 1 and a negative drop-off, not rejected.
 */
public final class StageFunnel {

	private StageFunnel() {
	}

	/** The report of the given stages, in funnel order; at least one stage. */
	public static FunnelReport of(List<StageCount> stages) {
		if (stages.isEmpty()) {
			throw new IllegalArgumentException("a funnel needs at least one stage");
		}
		long first = stages.get(0).count();
		List<StepRate> steps = new ArrayList<>(stages.size());
		int bottleneck = -1;
		double lowest = Double.POSITIVE_INFINITY;
		for (int i = 0; i < stages.size(); i++) {
			StageCount stage = stages.get(i);
			long previous = (i == 0) ? stage.count() : stages.get(i - 1).count();
			String emptyPrevious = "no users at the previous step";
			Figure stepRate = Figure.quotient(stage.count(), previous, emptyPrevious);
			Figure cumulative = Figure.quotient(stage.count(), first, "no users at the first step");
			long dropOff = previous - stage.count();
			Figure dropOffRate = Figure.quotient(dropOff, previous, emptyPrevious);
			steps.add(new StepRate(i, stage.name(), stage.count(), stepRate, cumulative, dropOff, dropOffRate));
			if (i > 0 && stepRate.isDefined() && stepRate.orElseThrow() < lowest) {
				lowest = stepRate.orElseThrow();
				bottleneck = i;
			}
		}
		return new FunnelReport(steps, (bottleneck < 0) ? OptionalInt.empty() : OptionalInt.of(bottleneck));
	}

	/** The report of plain counts named by {@code names}. */
	public static FunnelReport of(List<String> names, long[] counts) {
		if (names.size() != counts.length) {
			throw new IllegalArgumentException(names.size() + " names for " + counts.length + " counts");
		}
		List<StageCount> stages = new ArrayList<>(counts.length);
		for (int i = 0; i < counts.length; i++) {
			stages.add(new StageCount(names.get(i), counts[i]));
		}
		return of(stages);
	}

}
