package com.marketingplanner.domain.budget;

import java.util.Map;

/**
 * English texts of the budget-check findings ({@link BudgetWarning#message()}), in
 * {@link java.text.MessageFormat} syntax with the arguments described at
 * {@link BudgetWarning}. The web bundles {@code i18n/budget*.properties} hold the same
 * texts under {@code budget.warning.<code>}.
 */
final class EnglishMessages {

	private static final Map<String, String> PATTERNS = Map.ofEntries(Map.entry("total-missing",
			"The plan has no total budget, so shares of the total cannot be computed (the top-level lines add up to {2})."),
			Map.entry("over-allocated",
					"Over-allocated by {2} ({3}): the top-level lines add up to {4} against a plan total of {5}."),
			Map.entry("under-allocated",
					"{2} ({3}) of the plan total is not allocated yet: the top-level lines add up to {4} of {5}."),
			Map.entry("percentages-not-100", "The percentages under “{0}” add up to {2}, not 100%."),
			Map.entry("line-unplanned", "Line “{0}” has neither a planned amount nor a percentage."),
			Map.entry("line-base-undefined",
					"Line “{0}” is a percentage of the {1} base, which is not defined for this plan."),
			Map.entry("line-base-unstated",
					"Line “{0}” is {2} of a base the plan does not state, so it has no amount."),
			Map.entry("line-amount-share-differs", "Line “{0}” is stated as {2} and as {3} of the {1}, which is {4}."),
			Map.entry("children-exceed-parent",
					"The sub-lines of “{0}” add up to {2}, {4} ({5}) more than the line’s {3}."),
			Map.entry("children-below-parent",
					"The sub-lines of “{0}” add up to {2}; {4} of the line’s {3} is not split yet."),
			Map.entry("spend-over-plan", "Actual spend on “{0}” is {2}, {4} ({5}) over its plan of {3}."),
			Map.entry("spend-without-plan", "Actual spend of {2} is booked on “{0}”, which has no planned amount."),
			Map.entry("rule-min-share", "“{0}” has {2} of the {1} base ({4} of {5}), below the minimum of {3}."),
			Map.entry("rule-max-share", "“{0}” has {2} of the {1} base ({4} of {5}), above the maximum of {3}."),
			Map.entry("rule-fixed-share", "“{0}” has {2} of the {1} base ({4} of {5}) instead of the fixed {3}."),
			Map.entry("rule-reserve-below",
					"The reserve “{0}” is {2} of the {1} base ({4} of {5}), below the required {3}."),
			Map.entry("rule-channel-cap", "Channel “{0}” has {2} of the {1} base ({4} of {5}), above its cap of {3}."),
			Map.entry("rule-month-spend-above-share",
					"In {1}, actual spend on “{0}” was {4}, {2} of the monthly budget of {5}, above the cap of {3}."),
			Map.entry("rule-overspend-freeze",
					"In {1}, spend on “{0}” was {2} against a monthly plan of {3}: {4} over, beyond the freeze threshold of {5}. Freeze the non-core channels."),
			Map.entry("rule-roi-floor",
					"Channel “{0}” returned {2} per unit of spend ({4} revenue on {5} spend), below the ROI floor of {3}. Pause the channel."),
			Map.entry("rule-sales-yield-floor",
					"Channel “{0}” brought {2} of sales per unit of spend ({4} on {5} spend), below the sales-yield floor of {3}."),
			Map.entry("rule-not-measurable",
					"The {1} rule for “{0}” (threshold {2}) cannot be measured yet: it needs revenue actuals."),
			Map.entry("rule-scope-missing", "The {1} rule refers to “{0}”, which is no longer part of this plan."),
			Map.entry("off-budget-costs",
					"{2} ({3} of the total) is planned outside the budget and not in any budget line: {1}."),
			Map.entry("off-budget-unknown", "Costs outside the budget without a known amount (not counted): {1}."),
			Map.entry("off-budget-over-total",
					"With the costs outside the budget the plan spends {2} ({3} in budget lines + {4} outside): {5} ({7}) more than its total of {6}."),
			Map.entry("vendor-fee-over-cap",
					"The fee of “{0}” comes to {2} ({3} of the total), above its cap of {4} ({5})."),
			Map.entry("vendor-fee-cap-not-measurable",
					"The fee of “{0}” is capped at {2} of the total, but its amount over the budget period is not known."),
			Map.entry("rule-base-undefined", "The rule for “{0}” cannot be checked: its {1} base is not defined."),
			Map.entry("rule-benchmark-missing",
					"The benchmark rule “{1}” for “{0}” cannot be checked: benchmark missing (the plan does not state it as a number)."),
			Map.entry("rule-benchmark-not-measurable",
					"The benchmark rule “{1}” for “{0}” (benchmark {2}) cannot be measured yet: no channel has reported the figures its metric needs."),
			Map.entry("rule-benchmark-beaten",
					"Channel “{0}” beats its benchmark ({1}): {2} against {3}, so its share may rise."),
			Map.entry("rule-benchmark-beaten-raise",
					"Channel “{0}” beats its benchmark ({1}): {2} against {3}, so its share may rise by up to {4} (percentage points)."));

	private EnglishMessages() {
	}

	static String of(String code) {
		String pattern = PATTERNS.get(code);
		if (pattern == null) {
			throw new IllegalArgumentException("No message for finding " + code);
		}
		return pattern;
	}

	/** Every finding code and its English pattern. */
	static Map<String, String> all() {
		return PATTERNS;
	}

}
