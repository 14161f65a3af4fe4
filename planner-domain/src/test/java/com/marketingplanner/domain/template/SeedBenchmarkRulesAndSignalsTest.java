package com.marketingplanner.domain.template;

import java.util.List;

import com.marketingplanner.domain.budget.AllocationRuleKind;
import com.marketingplanner.domain.budget.ChannelMetric;
import com.marketingplanner.domain.budget.RuleScope;
import com.marketingplanner.domain.plan.PlanNoteKind;
import com.marketingplanner.domain.risk.TriggerCondition;
import com.marketingplanner.domain.template.PlanDocument.AllocationRule;
import com.marketingplanner.domain.template.PlanDocument.Risk;
import com.marketingplanner.domain.template.PlanDocument.Trigger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds' conditional allocation and their signals without a threshold are fields of
 * the templates (ADR 0098), as the seeds state them: no invented benchmark, threshold or
 * raise.
 */
class SeedBenchmarkRulesAndSignalsTest {

	private final PlanTemplateCatalog catalog = new PlanTemplateCatalog();

	private static List<Trigger> signals(Risk risk) {
		return risk.triggers().stream().filter((t) -> t.condition() == TriggerCondition.SIGNAL).toList();
	}

	private static Risk risk(PlanDocument plan, String key) {
		return plan.risks().stream().filter((r) -> key.equals(r.key())).findFirst().orElseThrow();
	}

	@Test
	void plan002LetsAChannelWhoseLtvBeatsTheIndustryAverageGetMoreWithoutStatingTheAverageOrTheRaise() {
		PlanDocument plan = this.catalog.load("seed-002");

		assertThat(plan.allocationRules()).filteredOn((r) -> r.kind() == AllocationRuleKind.BENCHMARK_RAISE)
			.singleElement()
			.satisfies((AllocationRule rule) -> {
				assertThat(rule.scopeType()).isEqualTo(RuleScope.PLAN);
				assertThat(rule.metric()).isEqualTo(ChannelMetric.LTV);
				assertThat(rule.benchmarkValue()).isNull();
				assertThat(rule.benchmarkKpi()).isNull();
				assertThat(rule.benchmarkText()).startsWith("行业平均水平");
				assertThat(rule.shareRaise()).isNull();
				assertThat(rule.threshold()).isNull();
				assertThat(rule.note()).contains("高于行业平均水平").contains("提高该渠道投放比例");
			});
	}

	@Test
	void plan000WatchesAbnormalTrafficAndPriceSwingsWithoutAThreshold() {
		List<Trigger> signals = signals(risk(this.catalog.load("seed-000"), "r-competitor"));

		assertThat(signals).extracting(Trigger::metric).containsExactly("异常流量波动", "价格异常变动");
		assertThat(signals).allSatisfy((t) -> {
			assertThat(t.value()).isNull();
			assertThat(t.upperValue()).isNull();
			assertThat(t.response()).contains("原文未给出阈值");
		});
	}

	@Test
	void plan002WatchesTheSentimentIndexStockSafetyLinePolicyAndDataSignalsItGivesNoNumberFor() {
		PlanDocument plan = this.catalog.load("seed-002");

		assertThat(signals(risk(plan, "r-sentiment"))).extracting(Trigger::metric).containsExactly("负面情绪指数（NLP语义分析差评）");
		assertThat(signals(risk(plan, "r-supply"))).extracting(Trigger::metric).containsExactly("店铺库存低于安全线");
		assertThat(signals(risk(plan, "r-policy"))).extracting(Trigger::response)
			.containsExactly("12小时内完成内部通报", "1小时内完成“备选链接发布—站外引流—客服引导”三步操作");
		assertThat(signals(risk(plan, "r-data"))).hasSize(1);
		assertThat(plan.risks().stream().flatMap((r) -> r.triggers().stream()))
			.allMatch((t) -> (t.condition() == TriggerCondition.SIGNAL) == (t.value() == null));
	}

	@Test
	void plan002RecordsTheCorrectRoiDecompositionBesideTheSeedsWrongOne() {
		assertThat(this.catalog.load("seed-002").notes())
			.filteredOn((n) -> n.kind() == PlanNoteKind.SOURCE_INCONSISTENCY && n.text().contains("7.2"))
			.singleElement()
			.satisfies((note) -> assertThat(note.text()).contains("‘获客成本×转化率×客单价’")
				.contains("ROI = 访客数×转化率×客单价÷投入")
				.contains("客单价×人均订单数÷获客成本"));
	}

	@Test
	void plan003HoldsTheLtvAndAverageOrderValueItsRoiFrameworkNamesWithoutInventedTargets() {
		PlanDocument plan = this.catalog.load("seed-003");

		assertThat(plan.kpis()).filteredOn((k) -> List.of("k-ltv", "k-aov").contains(k.key()))
			.hasSize(2)
			.allSatisfy((k) -> {
				assertThat(k.target()).isNull();
				assertThat(k.targetType()).isNull();
				assertThat(k.aim()).contains("原文未给");
			});
		assertThat(plan.drivers()).isEmpty();
	}

}
