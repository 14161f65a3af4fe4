package com.marketingplanner.web.operations;

import com.marketingplanner.domain.operations.DashboardView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewsTest {

	@Test
	void eachViewOpensTheAppPageThatShowsIt() {
		assertThat(DashboardViews.path(7, DashboardView.BUDGET_BOARD)).isEqualTo("/plans/7/analytics/budget-board");
		assertThat(DashboardViews.path(7, DashboardView.WEEKLY_REPORT)).isEqualTo("/plans/7/reports/weekly");
		assertThat(DashboardViews.path(7, DashboardView.GANTT)).isEqualTo("/plans/7/timeline");
		assertThat(DashboardViews.path(7, null)).isNull();
	}

}
