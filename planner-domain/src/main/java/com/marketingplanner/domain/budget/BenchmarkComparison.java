package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Percentage;

/**
 * What a {@link AllocationRuleKind#BENCHMARK_RAISE} rule compares: a channel's
 * {@link ChannelMetric metric} with a benchmark — a value the plan states, or the
 * benchmark of one of its KPIs, or only words ("行业平均水平", not stated as a number) — and
 * how many percentage points its share may then rise, when the plan says. 002 §6.2:
 * "当某渠道用户生命周期价值(LTV)高于行业平均水平时,可适当提高该渠道投放比例" (LTV above the industry average: no figure
 * for the average, no amount for the raise).
 *
 * @param metric the channel figure compared
 * @param benchmarkValue the benchmark as a number, or {@code null}
 * @param benchmarkKpiId a KPI of the plan whose benchmark is the benchmark, or
 * {@code null}
 * @param benchmarkText the benchmark in the plan's words, or {@code null}
 * @param shareRaise percentage points the share may rise by, {@code null} when not stated
 */
@Embeddable
public record BenchmarkComparison(@Enumerated(EnumType.STRING) @Column(name = "metric") ChannelMetric metric,
		@Column(name = "benchmark_value") BigDecimal benchmarkValue,
		@Column(name = "benchmark_kpi_id") Long benchmarkKpiId, @Column(name = "benchmark_text") String benchmarkText,
		@Column(name = "share_raise") BigDecimal shareRaise) {

	/** The longest benchmark text. */
	public static final int MAX_TEXT_LENGTH = 200;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * The comparison of a rule of {@code kind}, checked; {@code null} for every other
	 * kind (their benchmark fields are ignored).
	 * @throws BusinessRuleViolation naming the field at fault: a benchmark rule needs a
	 * metric, applies to one channel or to each channel of the plan, takes its benchmark
	 * from a value or from a KPI (not both), and a benchmark or a raise is not negative
	 * (a raise at most 100 points)
	 */
	public static BenchmarkComparison of(AllocationRuleKind kind, RuleScope scope, ChannelMetric metric,
			BigDecimal benchmarkValue, Long benchmarkKpiId, String benchmarkText, BigDecimal shareRaise) {
		if (kind != AllocationRuleKind.BENCHMARK_RAISE) {
			return null;
		}
		if (metric == null) {
			throw new BusinessRuleViolation("metric", "error.budget.rule.metric-required",
					"A benchmark rule needs the channel metric it compares (LTV, ROI, CAC, AOV, conversion rate)");
		}
		if (scope != null && scope != RuleScope.CHANNEL && scope != RuleScope.PLAN) {
			throw new BusinessRuleViolation("scopeType", "error.budget.rule.benchmark-scope",
					"A benchmark rule applies to one channel, or to each channel of the plan");
		}
		if (benchmarkValue != null && benchmarkKpiId != null) {
			throw new BusinessRuleViolation("benchmarkKpiId", "error.budget.rule.benchmark-twice",
					"Give the benchmark as a value or as a KPI's benchmark, not both");
		}
		if (benchmarkValue != null && benchmarkValue.signum() < 0) {
			throw new BusinessRuleViolation("benchmarkValue", "error.budget.rule.benchmark-negative",
					"A benchmark cannot be negative: " + benchmarkValue, benchmarkValue);
		}
		if (shareRaise != null && (shareRaise.signum() < 0 || shareRaise.compareTo(HUNDRED) > 0)) {
			throw new BusinessRuleViolation("shareRaise", "error.budget.rule.share-raise-range",
					"A share may rise by 0 to 100 percentage points, not " + shareRaise, shareRaise);
		}
		String text = (benchmarkText != null && !benchmarkText.isBlank()) ? benchmarkText.strip() : null;
		if (text != null && text.length() > MAX_TEXT_LENGTH) {
			throw new BusinessRuleViolation("benchmarkText", "error.budget.rule.benchmark-text-too-long",
					"A benchmark text has at most " + MAX_TEXT_LENGTH + " characters", MAX_TEXT_LENGTH);
		}
		return new BenchmarkComparison(metric,
				(benchmarkValue != null) ? benchmarkValue.setScale(6, RoundingMode.HALF_UP) : null, benchmarkKpiId,
				text, (shareRaise != null) ? Percentage.roundedPoints(shareRaise) : null);
	}

	/** Whether the benchmark is only stated in words (or not at all), not as a number. */
	public boolean isBenchmarkUnstated() {
		return this.benchmarkValue == null && this.benchmarkKpiId == null;
	}

}
