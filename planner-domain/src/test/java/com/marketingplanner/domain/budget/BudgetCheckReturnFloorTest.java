package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.budget.BudgetCheckTest.Budget;
import com.marketingplanner.domain.budget.BudgetReport.RuleStatus;
import com.marketingplanner.domain.budget.ChannelResult.SpendSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ROI and sales-yield floors of the budget check, measured from revenue actuals (seed
 * 002: "channel ROI &lt; 1.5 → pause that channel").
 */
class BudgetCheckReturnFloorTest {

	private final List<ChannelResult> results = new ArrayList<>();

	private void reported(String channel, String spend, String revenue) {
		this.results.add(new ChannelResult(channel, null, (spend != null) ? new BigDecimal(spend) : null,
				SpendSource.CHANNEL_REPORT, (revenue != null) ? new BigDecimal(revenue) : null, null, null, null, null,
				null));
	}

	private BudgetReport check(Budget budget) {
		return BudgetCheck.run(new BudgetInput(budget.title, "CNY", budget.total, budget.period, budget.lines,
				budget.spends, budget.rules, this.results));
	}

	private static Budget channels() {
		Budget budget = new Budget("Store", "1000000");
		budget.channelAmount(null, "Douyin", "douyin", "400000");
		budget.channelAmount(null, "Xiaohongshu", "xiaohongshu", "300000");
		budget.channelAmount(null, "WeChat", "wechat", "300000");
		return budget;
	}

	@Test
	void aPlanWideRoiFloorFiresForEveryChannelBelowItAndReportsTheLowestReturn() {
		Budget budget = channels();
		long floor = budget.threshold(AllocationRuleKind.ROI_FLOOR, RuleScope.PLAN, null, "1.5");
		reported("douyin", "100000", "130000");
		reported("xiaohongshu", "100000", "150000");
		reported("wechat", "50000", "40000");
		reported("tmall", "10", "1");

		BudgetReport report = check(budget);

		assertThat(report.rule(floor).status()).isEqualTo(RuleStatus.VIOLATED);
		assertThat(report.rule(floor).actualPercent()).isEqualByComparingTo("0.8");
		assertThat(report.warnings("rule-roi-floor")).extracting(BudgetWarning::subject)
			.containsExactly("douyin", "wechat");
		assertThat(report.warnings("rule-roi-floor").get(0).message()).isEqualTo(
				"Channel “douyin” returned 1.3 per unit of spend (CNY 130,000.00 revenue on CNY 100,000.00 spend), below the ROI floor of 1.5. Pause the channel.");
		assertThat(report.warnings("rule-not-measurable")).isEmpty();
	}

	@Test
	void aChannelFloorLooksAtItsChannelOnlyAndPassesOnTheLine() {
		Budget budget = channels();
		long floor = budget.threshold(AllocationRuleKind.ROI_FLOOR, RuleScope.CHANNEL, "xiaohongshu", "1.5");
		reported("douyin", "100000", "10");
		reported("xiaohongshu", "100000", "150000");

		BudgetReport report = check(budget);

		assertThat(report.rule(floor).status()).isEqualTo(RuleStatus.PASSED);
		assertThat(report.warnings("rule-roi-floor")).isEmpty();
	}

	@Test
	void aSalesYieldFloorComparesSalesPerUnitOfSpend() {
		// 500元 per 1萬元 = 0.05 is the floor; 400 per 10000 = 0.04 is below it
		Budget budget = channels();
		long floor = budget.threshold(AllocationRuleKind.SALES_YIELD_FLOOR, RuleScope.CHANNEL, "wechat", "0.05");
		reported("wechat", "10000", "400");

		assertThat(check(budget).rule(floor).status()).isEqualTo(RuleStatus.VIOLATED);
		assertThat(check(budget).warnings("rule-sales-yield-floor")).hasSize(1);
	}

	@Test
	void staysNotMeasurableWhileNoChannelOfTheScopeHasSpendAndRevenue() {
		Budget budget = channels();
		long floor = budget.threshold(AllocationRuleKind.ROI_FLOOR, RuleScope.PLAN, null, "1.5");
		reported("douyin", "100000", null);
		reported("xiaohongshu", null, "5000");
		reported("wechat", "0", "5000");

		BudgetReport report = check(budget);

		assertThat(report.rule(floor).status()).isEqualTo(RuleStatus.NOT_MEASURABLE);
		assertThat(report.warnings("rule-not-measurable")).hasSize(1);
	}

}
