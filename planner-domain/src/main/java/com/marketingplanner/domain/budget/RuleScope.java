package com.marketingplanner.domain.budget;

/**
 * What an allocation rule applies to. {@code scopeValue} is empty for {@code PLAN}, a tag
 * for {@code TAG}, a budget line id for {@code LINE} and a channel code for
 * {@code CHANNEL}.
 */
public enum RuleScope {

	PLAN, TAG, LINE, CHANNEL

}
