package com.marketingplanner.domain.risk;

/** Where a risk's impact level on the 1–5 scale comes from. */
public enum ImpactSource {

	/** The plan states the level. */
	STATED,

	/** Mapped from the loss stated as a share of a base. */
	SHARE,

	/** Mapped from the loss stated as an amount, against the plan's budget. */
	AMOUNT,

	/** The plan states no impact the scale can use. */
	NONE

}
