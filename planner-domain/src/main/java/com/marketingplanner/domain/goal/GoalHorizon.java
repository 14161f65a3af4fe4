package com.marketingplanner.domain.goal;

/**
 * How far out a goal lies. What "short" means differs per plan (6 months in one, 1–2
 * years in another), so a goal also carries a free range label such as "≤ 6 months".
 */
public enum GoalHorizon {

	SHORT, MID, LONG

}
