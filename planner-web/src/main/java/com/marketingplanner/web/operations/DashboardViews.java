package com.marketingplanner.web.operations;

import com.marketingplanner.domain.operations.DashboardView;

/** Where the app shows what a dashboard of the plan defines. */
final class DashboardViews {

	private DashboardViews() {
	}

	/** The path of the page that shows {@code view} for the plan; null without a view. */
	static String path(long planId, DashboardView view) {
		if (view == null) {
			return null;
		}
		return switch (view) {
			case BUDGET_BOARD -> "/plans/" + planId + "/analytics/budget-board";
			case WEEKLY_REPORT -> "/plans/" + planId + "/reports/weekly";
			case GANTT -> "/plans/" + planId + "/timeline";
		};
	}

}
