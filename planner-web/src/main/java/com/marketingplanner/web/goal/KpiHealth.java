package com.marketingplanner.web.goal;

import com.marketingplanner.analytics.goal.GoalStatus;
import com.marketingplanner.web.chart.Tone;

/**
 * The four states a dashboard counts KPIs in: on track (target met, or the challenge), at
 * risk (past the baseline, short of the target), off track (not even the baseline) and
 * not measured (no actual yet, or levels that do not define an attainment).
 */
public enum KpiHealth {

	ON_TRACK(Tone.GOOD), AT_RISK(Tone.WARNING), OFF_TRACK(Tone.BAD), NOT_MEASURED(Tone.MUTED);

	private final Tone tone;

	KpiHealth(Tone tone) {
		this.tone = tone;
	}

	public static KpiHealth of(GoalStatus status) {
		return switch (status) {
			case ON_TARGET, STRETCH_MET -> ON_TRACK;
			case BELOW_TARGET -> AT_RISK;
			case BELOW_BASELINE -> OFF_TRACK;
			case NOT_MEASURED, UNDEFINED -> NOT_MEASURED;
		};
	}

	public Tone tone() {
		return this.tone;
	}

}
