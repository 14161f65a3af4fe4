package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.marketingplanner.domain.budget.AllocationRule;
import com.marketingplanner.domain.budget.AllocationRuleKind;
import com.marketingplanner.domain.budget.BenchmarkComparison;
import com.marketingplanner.domain.budget.ChannelMetric;
import com.marketingplanner.domain.budget.PercentageBase;
import com.marketingplanner.domain.budget.RuleScope;

/**
 * An allocation rule; after a write, with the findings of the budget check. A
 * BENCHMARK_RAISE rule also has its {@code metric}, its benchmark
 * ({@code benchmarkValue}, or the benchmark of the KPI {@code benchmarkKpiId}, or
 * neither: only {@code benchmarkText}) and {@code shareRaise} (percentage points, when
 * stated).
 */
public record AllocationRuleResponse(long id, long planId, int position, AllocationRuleKind kind, RuleScope scopeType,
		String scopeValue, BigDecimal share, BigDecimal threshold, PercentageBase base, String note, long version,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<BudgetWarningResponse> warnings,
		@JsonInclude(JsonInclude.Include.NON_NULL) ChannelMetric metric,
		@JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal benchmarkValue,
		@JsonInclude(JsonInclude.Include.NON_NULL) Long benchmarkKpiId,
		@JsonInclude(JsonInclude.Include.NON_NULL) String benchmarkText,
		@JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal shareRaise) {

	static AllocationRuleResponse from(AllocationRule rule) {
		return from(rule, null);
	}

	static AllocationRuleResponse from(AllocationRule rule, List<BudgetWarningResponse> warnings) {
		BenchmarkComparison comparison = rule.getComparison();
		boolean compares = comparison != null;
		return new AllocationRuleResponse(rule.getId(), rule.getPlan().getId(), rule.getPosition(), rule.getKind(),
				rule.getScopeType(), rule.getScopeValue(), rule.getShare(), rule.getThreshold(), rule.getBase(),
				rule.getNote(), rule.getVersion(), warnings, compares ? comparison.metric() : null,
				compares ? comparison.benchmarkValue() : null, compares ? comparison.benchmarkKpiId() : null,
				compares ? comparison.benchmarkText() : null, compares ? comparison.shareRaise() : null);
	}

}
