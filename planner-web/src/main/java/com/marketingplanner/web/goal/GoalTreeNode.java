package com.marketingplanner.web.goal;

import java.util.List;

import com.marketingplanner.domain.goal.Goal;

/** A goal of the goals page with its KPIs and its sub-goals. */
public record GoalTreeNode(Goal goal, List<KpiView> kpis, List<GoalTreeNode> children) {
}
