package com.marketingplanner.analytics.forecast;

/** How the seasonal pattern combines with level and trend in {@link HoltWinters}. */
public enum Seasonality {

	/** yₜ = level + trend + season: the seasonal swing is a fixed amount. */
	ADDITIVE,

	/** yₜ = (level + trend) × season: the seasonal swing grows with the level. */
	MULTIPLICATIVE

}
