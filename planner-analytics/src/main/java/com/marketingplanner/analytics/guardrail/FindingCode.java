package com.marketingplanner.analytics.guardrail;

/**
 * The kind of a {@link Finding}; the web layer turns code and parameters into a localised
 * message. The parameters of each code are listed here.
 */
public enum FindingCode {

	/**
	 * A channel's return on spend is below the floor. Parameters: {@code spend},
	 * {@code revenue}, {@code roi} (revenue ÷ spend), {@code floor}.
	 */
	CHANNEL_ROI_BELOW_FLOOR,

	/**
	 * A month's actual spend exceeds its plan by more than the threshold. Parameters:
	 * {@code planned}, {@code actual}, {@code overspend} ((actual − planned) ÷ planned),
	 * {@code threshold}, {@code nonCoreChannels} (comma-separated).
	 */
	MONTHLY_OVERSPEND,

	/**
	 * A channel's share of total spend exceeds its cap. Parameters: {@code spend},
	 * {@code totalSpend}, {@code share}, {@code cap}.
	 */
	CHANNEL_SHARE_ABOVE_CAP,

	/**
	 * A KPI is worse than its warning line. Parameters: {@code actual},
	 * {@code warningLine}, {@code direction}.
	 */
	KPI_PAST_WARNING_LINE,

	/**
	 * A risk's indicator is past its threshold. Parameters: {@code indicator},
	 * {@code value}, {@code threshold}, {@code direction}.
	 */
	RISK_INDICATOR_PAST_THRESHOLD

}
