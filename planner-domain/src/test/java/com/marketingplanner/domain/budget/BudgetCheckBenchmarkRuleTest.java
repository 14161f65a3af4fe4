package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.budget.BudgetCheckTest.Budget;
import com.marketingplanner.domain.budget.BudgetInput.Benchmark;
import com.marketingplanner.domain.budget.BudgetInput.Rule;
import com.marketingplanner.domain.budget.BudgetReport.RuleStatus;
import com.marketingplanner.domain.budget.ChannelResult.SpendSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark rules of the budget check (seed 002 §6.2: "a channel whose LTV is above the
 * industry average may get a larger share"): which channels beat the benchmark, and what
 * the check says when it cannot tell.
 */
class BudgetCheckBenchmarkRuleTest {

	private final List<ChannelResult> results = new ArrayList<>();

	private final Budget budget = channels();

	/** A channel's period: spend, revenue, orders, visits and new customers. */
	private void reported(String channel, String spend, String revenue, Long orders, Long visits, Long customers) {
		this.results.add(new ChannelResult(channel, null, (spend != null) ? new BigDecimal(spend) : null,
				SpendSource.CHANNEL_REPORT, (revenue != null) ? new BigDecimal(revenue) : null, null, null, visits,
				orders, customers));
	}

	private long rule(RuleScope scope, String channel, ChannelMetric metric, String benchmark, String label,
			String raise) {
		long id = 100 + this.budget.rules.size();
		this.budget.rules.add(new Rule(id, AllocationRuleKind.BENCHMARK_RAISE, scope, channel, null, null,
				PercentageBase.TOTAL, new Benchmark(metric, (benchmark != null) ? new BigDecimal(benchmark) : null,
						label, (raise != null) ? new BigDecimal(raise) : null)));
		return id;
	}

	private BudgetReport check() {
		return BudgetCheck.run(new BudgetInput(this.budget.title, "CNY", this.budget.total, this.budget.period,
				this.budget.lines, this.budget.spends, this.budget.rules, this.results, List.of()));
	}

	private static Budget channels() {
		Budget budget = new Budget("Store", "1000000");
		budget.channelAmount(null, "Douyin", "douyin", "400000");
		budget.channelAmount(null, "Xiaohongshu", "xiaohongshu", "300000");
		budget.channelAmount(null, "WeChat", "wechat", "300000");
		return budget;
	}

	@Test
	void aChannelWhoseLtvBeatsTheBenchmarkMayGetALargerShare() {
		// LTV = revenue ÷ new customers: douyin 300000 ÷ 1000 = 300元, xiaohongshu 150元
		long ltv = rule(RuleScope.PLAN, null, ChannelMetric.LTV, "200", "行业平均水平", null);
		reported("douyin", "100000", "300000", 1500L, 50000L, 1000L);
		reported("xiaohongshu", "100000", "150000", 1200L, 40000L, 1000L);

		BudgetReport report = check();

		assertThat(report.rule(ltv).status()).isEqualTo(RuleStatus.BENCHMARK_BEATEN);
		assertThat(report.rule(ltv).actualPercent()).isEqualByComparingTo("300");
		assertThat(report.rule(ltv).targetPercent()).isEqualByComparingTo("200");
		assertThat(report.warnings("rule-benchmark-beaten")).singleElement().satisfies((warning) -> {
			assertThat(warning.subject()).isEqualTo("douyin");
			assertThat(warning.severity()).isEqualTo(WarningSeverity.INFO);
			assertThat(warning.message()).isEqualTo(
					"Channel “douyin” beats its benchmark (LTV > 行业平均水平): CNY 300.00 against CNY 200.00, so its share may rise.");
		});
	}

	@Test
	void noChannelBeatsABenchmarkItOnlyEquals() {
		long ltv = rule(RuleScope.PLAN, null, ChannelMetric.LTV, "300", null, null);
		reported("douyin", "100000", "300000", 1500L, 50000L, 1000L);

		BudgetReport report = check();

		assertThat(report.rule(ltv).status()).isEqualTo(RuleStatus.BENCHMARK_NOT_BEATEN);
		assertThat(report.warnings("rule-benchmark-beaten")).isEmpty();
	}

	@Test
	void aBenchmarkTheSeedDoesNotStateAsANumberCannotBeChecked() {
		long ltv = rule(RuleScope.PLAN, null, ChannelMetric.LTV, null, "行业平均水平（原文未给出数值）", null);
		reported("douyin", "100000", "300000", 1500L, 50000L, 1000L);

		BudgetReport report = check();

		assertThat(report.rule(ltv).status()).isEqualTo(RuleStatus.NOT_EVALUABLE);
		assertThat(report.warnings("rule-benchmark-missing")).singleElement()
			.satisfies((warning) -> assertThat(warning.message()).isEqualTo(
					"The benchmark rule “LTV > 行业平均水平（原文未给出数值）” for “Store” cannot be checked: benchmark missing (the plan does not state it as a number)."));
		assertThat(report.warnings("rule-benchmark-beaten")).isEmpty();
	}

	@Test
	void aLowerCacBeatsItsBenchmarkAndTheStatedRaiseIsReported() {
		// CAC = spend ÷ new customers: wechat 30000 ÷ 2000 = 15元 < 18元
		long cac = rule(RuleScope.CHANNEL, "wechat", ChannelMetric.CAC, "18", null, "5");
		reported("wechat", "30000", "60000", 2500L, 90000L, 2000L);
		reported("douyin", "1000", "60000", 2500L, 90000L, 2000L);

		BudgetReport report = check();

		assertThat(report.rule(cac).status()).isEqualTo(RuleStatus.BENCHMARK_BEATEN);
		assertThat(report.warnings("rule-benchmark-beaten-raise")).singleElement().satisfies((warning) -> {
			assertThat(warning.subject()).isEqualTo("wechat");
			assertThat(warning.message()).endsWith("so its share may rise by up to 5.0% (percentage points).");
		});
	}

	@Test
	void aConversionRateBelowItsBenchmarkDoesNotBeatIt() {
		// 500 orders ÷ 50000 visits = 1%
		long cvr = rule(RuleScope.CHANNEL, "douyin", ChannelMetric.CONVERSION_RATE, "2", null, null);
		reported("douyin", "100000", "300000", 500L, 50000L, 1000L);

		BudgetReport report = check();

		assertThat(report.rule(cvr).status()).isEqualTo(RuleStatus.BENCHMARK_NOT_BEATEN);
		assertThat(report.rule(cvr).actualPercent()).isEqualByComparingTo("1");
	}

	@Test
	void staysNotMeasurableWhileNoChannelReportedWhatItsMetricNeeds() {
		long ltv = rule(RuleScope.PLAN, null, ChannelMetric.LTV, "200", null, null);
		reported("douyin", "100000", "300000", 1500L, 50000L, null);
		reported("tmall", "100000", "300000", 1500L, 50000L, 10L);

		BudgetReport report = check();

		assertThat(report.rule(ltv).status()).isEqualTo(RuleStatus.NOT_MEASURABLE);
		assertThat(report.warnings("rule-benchmark-not-measurable")).hasSize(1);
	}

	@Test
	void aBenchmarkRuleIsNeverAWarning() {
		rule(RuleScope.PLAN, null, ChannelMetric.ROI, "1", null, null);
		reported("douyin", "100000", "300000", 1500L, 50000L, 1000L);

		assertThat(check().warnings()).filteredOn((warning) -> warning.code().startsWith("rule-benchmark"))
			.allSatisfy((warning) -> assertThat(warning.severity()).isEqualTo(WarningSeverity.INFO))
			.isNotEmpty();
	}

}
