package com.marketingplanner.analytics.funnel;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * An ordered funnel over events (design.md "Funnel from events").
 *
 * @param steps the event names of steps 1..n, distinct, 1 ≤ n ≤ {@value #MAX_STEPS}
 * @param window the conversion window, inclusive: step k counts when it occurs at most
 * this long after the attempt's step-1 event; 14 days by default ({@link #of(List)})
 * @param stepWindows per-step windows, or an empty list for none: when given, one per
 * step, entry k bounding the time from step 1 to step k + 1 (entry 0, for step 1 itself,
 * is ignored); each must not exceed {@code window}, which still bounds the whole funnel
 * @param order how strictly the order is enforced
 * @param breakdown where the breakdown value comes from, or {@code null} for no breakdown
 */
public record FunnelSpec(List<String> steps, Duration window, List<Duration> stepWindows, FunnelOrder order,
		BreakdownSource breakdown) {

	/** The most steps a funnel may have. */
	public static final int MAX_STEPS = 64;

	/** The default conversion window: 14 days. */
	public static final Duration DEFAULT_WINDOW = Duration.ofDays(14);

	public FunnelSpec {
		steps = List.copyOf(steps);
		stepWindows = List.copyOf(stepWindows);
		Objects.requireNonNull(window, "window");
		Objects.requireNonNull(order, "order");
		if (steps.isEmpty() || steps.size() > MAX_STEPS) {
			throw new IllegalArgumentException("a funnel needs 1 to " + MAX_STEPS + " steps, got " + steps.size());
		}
		if (new HashSet<>(steps).size() != steps.size()) {
			throw new IllegalArgumentException("the steps of a funnel must be distinct: " + steps);
		}
		if (window.isNegative()) {
			throw new IllegalArgumentException("the window must not be negative: " + window);
		}
		if (!stepWindows.isEmpty()) {
			if (stepWindows.size() != steps.size()) {
				throw new IllegalArgumentException(
						"give one step window per step (" + steps.size() + "), got " + stepWindows.size());
			}
			for (Duration stepWindow : stepWindows) {
				if (stepWindow.isNegative() || stepWindow.compareTo(window) > 0) {
					throw new IllegalArgumentException(
							"a step window must lie between 0 and the funnel window " + window + ": " + stepWindow);
				}
			}
		}
	}

	/** Loose order, 14-day window, no per-step windows, no breakdown. */
	public static FunnelSpec of(List<String> steps) {
		return new FunnelSpec(steps, DEFAULT_WINDOW, List.of(), FunnelOrder.LOOSE, null);
	}

	public FunnelSpec withWindow(Duration newWindow) {
		return new FunnelSpec(this.steps, newWindow, this.stepWindows, this.order, this.breakdown);
	}

	public FunnelSpec withOrder(FunnelOrder newOrder) {
		return new FunnelSpec(this.steps, this.window, this.stepWindows, newOrder, this.breakdown);
	}

	public FunnelSpec withStepWindows(List<Duration> newStepWindows) {
		return new FunnelSpec(this.steps, this.window, newStepWindows, this.order, this.breakdown);
	}

	public FunnelSpec withBreakdown(BreakdownSource source) {
		return new FunnelSpec(this.steps, this.window, this.stepWindows, this.order, source);
	}

	/**
	 * Milliseconds allowed from step 1 to step {@code index + 1}: the step window or else
	 * the window; for step 1 itself (index 0) always the window.
	 */
	long windowMillis(int index) {
		Duration stepWindow = (this.stepWindows.isEmpty() || index == 0) ? this.window : this.stepWindows.get(index);
		return stepWindow.toMillis();
	}

}
