package com.marketingplanner.domain.timeline;

import java.util.List;

/**
 * A milestone gate evaluated against the KPIs' latest measurements: the gate's state and
 * each condition's state, in the gate's order.
 */
public record GateEvaluation(GateState state, List<GateState> conditions) {

	public GateEvaluation {
		conditions = List.copyOf(conditions);
	}

	/** The state of the condition at {@code position}. */
	public GateState condition(int position) {
		return this.conditions.get(position);
	}

}
