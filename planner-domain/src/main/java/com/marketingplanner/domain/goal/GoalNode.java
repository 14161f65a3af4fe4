package com.marketingplanner.domain.goal;

import java.util.List;

/** A goal with its sub-goals, in order. */
public record GoalNode(Goal goal, List<GoalNode> children) {
}
