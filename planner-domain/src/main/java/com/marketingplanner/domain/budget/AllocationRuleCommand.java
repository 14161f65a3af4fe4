package com.marketingplanner.domain.budget;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits an allocation rule. {@code scopeValue}: a tag (TAG), a budget line id
 * (LINE) or a channel code (CHANNEL); empty for PLAN. {@code share} in percent for share
 * kinds, {@code threshold} for ROI_FLOOR (ratio), SALES_YIELD_FLOOR (sales per unit of
 * spend) and OVERSPEND_FREEZE (percent over the monthly plan). {@code base} defaults to
 * TOTAL. {@code version} is the version read (edits only). BENCHMARK_RAISE takes instead
 * {@code metric}, the benchmark as {@code benchmarkValue} or {@code benchmarkKpiId} (a
 * KPI of the plan whose benchmark it is) or neither (not stated), {@code benchmarkText}
 * (the benchmark in words) and {@code shareRaise} (percentage points, when stated).
 */
public record AllocationRuleCommand(@NotNull AllocationRuleKind kind, @NotNull RuleScope scopeType,
		@Size(max = 100) String scopeValue,
		@DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal share,
		@PositiveOrZero @Digits(integer = 13, fraction = 6) BigDecimal threshold, PercentageBase base,
		@Size(max = 20000) String note, @PositiveOrZero Integer position, Long version, ChannelMetric metric,
		@PositiveOrZero @Digits(integer = 13, fraction = 6) BigDecimal benchmarkValue, Long benchmarkKpiId,
		@Size(max = BenchmarkComparison.MAX_TEXT_LENGTH) String benchmarkText,
		@DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal shareRaise) {

	/** A rule of any kind but BENCHMARK_RAISE. */
	public AllocationRuleCommand(AllocationRuleKind kind, RuleScope scopeType, String scopeValue, BigDecimal share,
			BigDecimal threshold, PercentageBase base, String note, Integer position, Long version) {
		this(kind, scopeType, scopeValue, share, threshold, base, note, position, version, null, null, null, null,
				null);
	}

	/**
	 * A BENCHMARK_RAISE rule: a channel (or, with a PLAN scope, each channel) whose
	 * {@code metric} beats the benchmark may get up to {@code shareRaise} more points.
	 */
	public static AllocationRuleCommand benchmarkRaise(RuleScope scope, String channel, ChannelMetric metric,
			BigDecimal benchmarkValue, Long benchmarkKpiId, String benchmarkText, BigDecimal shareRaise) {
		return new AllocationRuleCommand(AllocationRuleKind.BENCHMARK_RAISE, scope, channel, null, null, null, null,
				null, null, metric, benchmarkValue, benchmarkKpiId, benchmarkText, shareRaise);
	}

	/**
	 * The benchmark comparison the command states, checked ({@code null} for other
	 * kinds).
	 */
	public BenchmarkComparison comparison() {
		return BenchmarkComparison.of(this.kind, this.scopeType, this.metric, this.benchmarkValue, this.benchmarkKpiId,
				this.benchmarkText, this.shareRaise);
	}

	/** The command that keeps {@code rule} as it is (an edit form filled from it). */
	public static AllocationRuleCommand editing(AllocationRule rule) {
		BenchmarkComparison comparison = rule.getComparison();
		boolean compares = comparison != null;
		return new AllocationRuleCommand(rule.getKind(), rule.getScopeType(), rule.getScopeValue(), rule.getShare(),
				rule.getThreshold(), rule.getBase(), rule.getNote(), rule.getPosition(), rule.getVersion(),
				compares ? comparison.metric() : null, compares ? plain(comparison.benchmarkValue()) : null,
				compares ? comparison.benchmarkKpiId() : null, compares ? comparison.benchmarkText() : null,
				compares ? plain(comparison.shareRaise()) : null);
	}

	/** A stored number as a person wrote it: 50, not 50.000000. */
	private static BigDecimal plain(BigDecimal value) {
		return (value != null) ? new BigDecimal(value.stripTrailingZeros().toPlainString()) : null;
	}

	/** A share rule (MIN/MAX/FIXED share, reserve, channel cap). */
	public static AllocationRuleCommand share(AllocationRuleKind kind, RuleScope scope, String scopeValue,
			BigDecimal share, PercentageBase base) {
		return new AllocationRuleCommand(kind, scope, scopeValue, share, null, base, null, null, null);
	}

	/** A threshold rule (ROI floor, sales-yield floor, overspend freeze). */
	public static AllocationRuleCommand threshold(AllocationRuleKind kind, RuleScope scope, String scopeValue,
			BigDecimal threshold) {
		return new AllocationRuleCommand(kind, scope, scopeValue, null, threshold, null, null, null, null);
	}

}
