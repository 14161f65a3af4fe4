package com.marketingplanner.domain.risk;

/**
 * What a risk's impact stated as a percentage is a percentage of ("budget +15 %", "market
 * share −10 %", "complaints +25 %").
 */
public enum ImpactBase {

	/**
	 * The plan's budget: the loss in money is the share of the plan's total budget (0.15
	 * × 2.8億 = 4200萬).
	 */
	BUDGET,

	/** Revenue or GMV: no amount follows, because a plan states no revenue total. */
	REVENUE,

	/** Another quantity named in the impact text (market share, complaints, failures). */
	OTHER

}
