package com.marketingplanner.domain.plan;

/**
 * What kind of plan a plan is, as its source presents itself (the five seed plans name
 * one each).
 */
public enum PlanKind {

	/**
	 * A year's marketing plan with budget, goals and team (000: cross-border and social).
	 */
	ANNUAL_MARKETING,

	/** A qualitative framework for optimising a strategy, without amounts (001). */
	STRATEGY_FRAMEWORK,

	/** The operation and promotion plan of an online store (002: a small Tmall store). */
	STORE_PROMOTION,

	/** An online (network) marketing plan, often a slide outline (003). */
	NETWORK_MARKETING,

	/** Launching an e-commerce business, e.g. a traditional company's division (004). */
	BUSINESS_LAUNCH,

	/** Any other kind. */
	OTHER

}
