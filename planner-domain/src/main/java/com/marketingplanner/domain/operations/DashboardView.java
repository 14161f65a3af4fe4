package com.marketingplanner.domain.operations;

/**
 * A page of the application that shows what a dashboard the plan defines shows, so the
 * definition can link to it: the budget board (budget execution in real time), the weekly
 * effect report (the plan's metrics against last week and target) or the Gantt chart of
 * the timeline (phases and milestones over time, 000's 甘特图 tracking).
 */
public enum DashboardView {

	BUDGET_BOARD, WEEKLY_REPORT, GANTT

}
