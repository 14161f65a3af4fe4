package com.marketingplanner.domain.review;

import java.util.List;

/**
 * The comparable content of a plan at one moment: its header, budget lines and allocation
 * rules, KPI targets, phases, milestones, risks and campaigns, in that order. Status
 * fields (execution) are not part of it.
 */
public record PlanSnapshot(List<SnapshotItem> items) {

	/** The order in which the kinds of items are listed and compared. */
	public static final List<String> KINDS = List.of("plan", "budget_line", "allocation_rule", "kpi", "phase",
			"milestone", "risk", "campaign");

	public PlanSnapshot {
		items = List.copyOf(items);
	}

}
