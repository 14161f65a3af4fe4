package com.marketingplanner.domain.goal;

import com.marketingplanner.analytics.goal.GoalStatus;

/**
 * The assessed status of a KPI whose aim is stated in words, not as a number (003: "月度活跃
 * 用户留存率显著提升", "点击转化率达到行业领先水平"; 001's capability KPIs): someone judges it, nothing
 * computes it. Each has the traffic light of a numeric status, so overviews count both
 * alike.
 */
public enum QualitativeStatus {

	/** Not judged yet (grey, like a KPI not measured). */
	NOT_ASSESSED(GoalStatus.NOT_MEASURED),

	/** Clearly missing its aim (red). */
	OFF_TRACK(GoalStatus.BELOW_BASELINE),

	/** Moving, but the aim is in doubt (amber). */
	AT_RISK(GoalStatus.BELOW_TARGET),

	/** The aim is being met (green). */
	ON_TRACK(GoalStatus.ON_TARGET);

	private final GoalStatus light;

	QualitativeStatus(GoalStatus light) {
		this.light = light;
	}

	/** The numeric status with the same traffic light. */
	public GoalStatus asGoalStatus() {
		return this.light;
	}

}
