package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.marketingplanner.domain.budget.AllocationRule;
import com.marketingplanner.domain.budget.AllocationRuleKind;
import com.marketingplanner.domain.budget.PercentageBase;
import com.marketingplanner.domain.budget.RuleScope;

/** An allocation rule; after a write, with the findings of the budget check. */
public record AllocationRuleResponse(long id, long planId, int position, AllocationRuleKind kind, RuleScope scopeType,
		String scopeValue, BigDecimal share, BigDecimal threshold, PercentageBase base, String note, long version,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<BudgetWarningResponse> warnings) {

	static AllocationRuleResponse from(AllocationRule rule) {
		return from(rule, null);
	}

	static AllocationRuleResponse from(AllocationRule rule, List<BudgetWarningResponse> warnings) {
		return new AllocationRuleResponse(rule.getId(), rule.getPlan().getId(), rule.getPosition(), rule.getKind(),
				rule.getScopeType(), rule.getScopeValue(), rule.getShare(), rule.getThreshold(), rule.getBase(),
				rule.getNote(), rule.getVersion(), warnings);
	}

}
