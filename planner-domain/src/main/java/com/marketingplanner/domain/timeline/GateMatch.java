package com.marketingplanner.domain.timeline;

import java.util.Collection;

/**
 * How a milestone gate combines its conditions: {@code ALL} of them must be met (the
 * usual gate), or {@code ANY} one of them (a source that states alternatives).
 */
public enum GateMatch {

	ALL, ANY;

	/**
	 * The state of a gate from the states of its conditions.
	 * <ul>
	 * <li>ALL: not met as soon as one condition is not met; else cannot be evaluated when
	 * one cannot be; else open while one is open; else met.</li>
	 * <li>ANY: met as soon as one condition is met; else open while one is open (it may
	 * still be met); else cannot be evaluated when one cannot be; else not met.</li>
	 * </ul>
	 * @param states the conditions' states, at least one
	 */
	public GateState combine(Collection<GateState> states) {
		if (this == ALL) {
			return firstPresent(states, GateState.NOT_MET, GateState.CANNOT_EVALUATE, GateState.OPEN, GateState.MET);
		}
		return firstPresent(states, GateState.MET, GateState.OPEN, GateState.CANNOT_EVALUATE, GateState.NOT_MET);
	}

	private static GateState firstPresent(Collection<GateState> states, GateState... inOrder) {
		for (int i = 0; i < inOrder.length - 1; i++) {
			if (states.contains(inOrder[i])) {
				return inOrder[i];
			}
		}
		return inOrder[inOrder.length - 1];
	}

}
