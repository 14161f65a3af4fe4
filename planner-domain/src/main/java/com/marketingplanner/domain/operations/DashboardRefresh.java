package com.marketingplanner.domain.operations;

/** How often a dashboard's figures are refreshed. */
public enum DashboardRefresh {

	REAL_TIME, DAILY, WEEKLY

}
