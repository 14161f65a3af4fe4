package com.marketingplanner.domain.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.budget.AllocationRuleKind;
import com.marketingplanner.domain.budget.PercentageBase;
import com.marketingplanner.domain.context.ContextQualifier;
import com.marketingplanner.domain.plan.PlanKind;
import com.marketingplanner.domain.template.PlanDocument.AllocationRule;
import com.marketingplanner.domain.template.PlanDocument.BudgetLine;
import com.marketingplanner.domain.template.PlanDocument.Kpi;
import com.marketingplanner.domain.timeline.ComparisonOperator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The templates hold the numbers of the seed digest exactly, including the documents' own
 * inconsistencies (no database needed).
 */
class SeedTemplateContentTest {

	private final PlanTemplateCatalog catalog = new PlanTemplateCatalog();

	@Test
	void plan000KeepsItsBudgetLinesOverTheTotalAndTechSubProjectsOverTheTechLine() {
		PlanDocument plan = this.catalog.load("seed-000");

		assertThat(plan.totalBudget()).isEqualByComparingTo("280000000");
		assertThat(plan.budgetLines()).extracting(BudgetLine::plannedAmount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(amount("120000000"), amount("80000000"), amount("60000000"), amount("50000000"));
		assertThat(sum(plan.budgetLines())).isEqualByComparingTo("310000000");
		BudgetLine tech = line(plan, "tech");
		assertThat(tech.tags()).containsExactlyInAnyOrder("tech", "digital", "long-term");
		assertThat(tech.children()).extracting(BudgetLine::plannedAmount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(amount("60000000"), amount("80000000"), amount("40000000"), amount("30000000"));
		assertThat(sum(tech.children())).isEqualByComparingTo("210000000");
	}

	@Test
	void plan000KeepsItsThreeDisagreeingSalesYieldFloorsAndItsShares() {
		PlanDocument plan = this.catalog.load("seed-000");

		assertThat(plan.allocationRules()).filteredOn((r) -> r.kind() == AllocationRuleKind.SALES_YIELD_FLOOR)
			.extracting(AllocationRule::threshold)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactlyInAnyOrder(amount("0.05"), amount("0.015"), amount("5"));
		assertThat(rule(plan, AllocationRuleKind.MIN_SHARE, "tech").share()).isEqualByComparingTo("40");
		assertThat(rule(plan, AllocationRuleKind.FIXED_SHARE, "digital").share()).isEqualByComparingTo("65");
		assertThat(rule(plan, AllocationRuleKind.FIXED_SHARE, "traditional").share()).isEqualByComparingTo("35");
		assertThat(plan.allocationRules()).filteredOn((r) -> r.kind() == AllocationRuleKind.RESERVE)
			.singleElement()
			.satisfies((r) -> assertThat(r.share()).isEqualByComparingTo("10"));
		assertThat(plan.risks()).filteredOn((r) -> r.probability() != null)
			.extracting(PlanDocument.Risk::probability)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(amount("0.22"), amount("0.18"), amount("0.35"));
	}

	@Test
	void plan000KeepsItsGoalNumbers() {
		PlanDocument plan = this.catalog.load("seed-000");

		assertKpi(kpi(plan, "k-cac"), TargetType.AT_MOST, null, "15");
		assertKpi(kpi(plan, "k-d1"), TargetType.AT_LEAST, null, "45");
		assertKpi(kpi(plan, "k-social-cvr"), TargetType.FROM_TO, "9.2", "14");
		assertKpi(kpi(plan, "k-trust"), TargetType.FROM_TO, "6.8", "7.8");
		assertKpi(kpi(plan, "k-health-gmv"), TargetType.AT_LEAST, null, "800000000000");
		assertKpi(kpi(plan, "k-edu-users"), TargetType.LEVEL, null, "120000000");
		assertKpi(kpi(plan, "k-aov"), TargetType.RELATIVE_CHANGE, null, "18");
		assertKpi(kpi(plan, "k-co2"), TargetType.RELATIVE_CHANGE, null, "-15");
		assertKpi(kpi(plan, "k-availability"), TargetType.AT_LEAST, null, "99.99");
		assertThat(Stream.of("k-funnel-1", "k-funnel-2", "k-funnel-3", "k-funnel-4").map((k) -> kpi(plan, k).target()))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(amount("18"), amount("12"), amount("8"), amount("5"));
		assertThat(kpi(plan, "k-data-coverage").dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(plan.kpis()).filteredOn(Kpi::isBenchmark).hasSize(3);
		assertThat(plan.milestones()).extracting(PlanDocument.Milestone::dueDate)
			.contains(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30),
					LocalDate.of(2026, 12, 31));
	}

	@Test
	void plan002KeepsItsSharesSubLinesCapsAndGuardrailsAsStated() {
		PlanDocument plan = this.catalog.load("seed-002");

		assertThat(plan.totalBudget()).isEqualByComparingTo("5000000");
		assertThat(line(plan, "brand").plannedPercentage()).isEqualByComparingTo("35");
		assertThat(line(plan, "brand").plannedAmount()).isNull();
		assertThat(sum(line(plan, "brand").children())).isEqualByComparingTo("2750000");
		assertThat(sum(line(plan, "promo").children())).isEqualByComparingTo("1700000");
		assertThat(plan.budgetLines()
			.stream()
			.map(BudgetLine::plannedPercentage)
			.filter((p) -> p != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("95");
		assertThat(line(plan, "reserve").plannedAmount()).isEqualByComparingTo("200000");
		assertThat(line(plan, "promo-douyin").channel()).isEqualTo("douyin");

		assertThat(plan.allocationRules()).filteredOn((r) -> r.kind() == AllocationRuleKind.CHANNEL_CAP)
			.extracting((r) -> r.scopeValue() + ":" + r.base() + ":" + r.share().stripTrailingZeros().toPlainString())
			.containsExactlyInAnyOrder("douyin:MARKETING:28", "xiaohongshu:MARKETING:22", "wechat:MARKETING:15",
					"douyin:MONTHLY:25", "xiaohongshu:MONTHLY:20", "null:MONTHLY:15");
		AllocationRule roiFloor = single(plan, AllocationRuleKind.ROI_FLOOR);
		assertThat(roiFloor.threshold()).isEqualByComparingTo("1.5");
		assertThat(roiFloor.base()).isEqualTo(PercentageBase.MONTHLY);
		assertThat(single(plan, AllocationRuleKind.OVERSPEND_FREEZE).threshold()).isEqualByComparingTo("10");
		assertThat(single(plan, AllocationRuleKind.RESERVE).share()).isEqualByComparingTo("10");

		assertKpi(kpi(plan, "k-daily-gmv"), TargetType.FROM_TO, "120000", "180000");
		assertKpi(kpi(plan, "k-cac"), TargetType.AT_MOST, null, "1.8");
		assertKpi(kpi(plan, "k-paid-roi"), TargetType.AT_LEAST, null, "3");
		assertKpi(kpi(plan, "k-channel-roi"), TargetType.AT_LEAST, "1.3", "1.5");
		Kpi grossMargin = kpi(plan, "k-gross-margin");
		assertThat(grossMargin.targetType()).isNull();
		assertThat(grossMargin.target()).isNull();
		assertThat(grossMargin.aim()).contains("?5%");
		assertThat(plan.goals()).anyMatch((g) -> g.description() != null && g.description().contains("?5%"));
		assertThat(plan.campaigns()).extracting(PlanDocument.Campaign::name)
			.contains("P1 市场调研与竞品分析", "P2 内容矩阵搭建", "P3 跨平台整合推广", "直播带货专场");
	}

	@Test
	void plan004KeepsItsThreeLevelTargets721SplitAndMilestoneGates() {
		PlanDocument plan = this.catalog.load("seed-004");

		Kpi gmv = kpi(plan, "k-gmv-y1");
		assertThat(gmv.name()).isEqualTo("首年GMV");
		assertThat(gmv.baseline()).isEqualByComparingTo("80000000");
		assertThat(gmv.target()).isEqualByComparingTo("100000000");
		assertThat(gmv.challenge()).isEqualByComparingTo("120000000");
		assertThat(plan.totalBudget()).isEqualByComparingTo("50000000");
		assertThat(Stream.of("marketing", "supply", "tech").map((k) -> line(plan, k).plannedPercentage()))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(amount("70"), amount("20"), amount("10"));
		BudgetLine techYear1 = line(plan, "tech-y1");
		assertThat(techYear1.plannedAmount()).isEqualByComparingTo("30000000");
		assertThat(techYear1.children()).extracting(BudgetLine::plannedAmount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(amount("12000000"), amount("9000000"), amount("6000000"), amount("3000000"));
		assertThat(plan.milestones()).hasSize(11)
			.filteredOn((m) -> m.gate() != null && "k-users".equals(m.gate().conditions().get(0).kpi()))
			.singleElement()
			.satisfies((m) -> {
				assertThat(m.gate().conditions().get(0).operator()).isEqualTo(ComparisonOperator.AT_LEAST);
				assertThat(m.gate().conditions().get(0).value()).isEqualByComparingTo("300000");
				assertThat(m.gate().conditions().get(1).kpi()).isEqualTo("k-repurchase");
				assertThat(m.gate().conditions().get(1).value()).isEqualByComparingTo("20");
				assertThat(m.dueDate()).isEqualTo(LocalDate.of(2024, 9, 30));
			});
		assertThat(plan.periodStart()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(plan.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void plan002GatesItsFirstQuarterOnTheMainChannelChosenByRoiNotOnMerchants() {
		PlanDocument plan = this.catalog.load("seed-002");

		assertThat(plan.milestones()).filteredOn((m) -> m.key().equals("m-q1")).singleElement().satisfies((m) -> {
			assertThat(m.gate().conditions()).singleElement().satisfies((condition) -> {
				assertThat(condition.kpi()).isNull();
				assertThat(condition.text()).isEqualTo("按ROI选定主渠道");
			});
		});
		assertThat(plan.milestones()).filteredOn((m) -> m.key().equals("m-push"))
			.singleElement()
			.satisfies((m) -> assertThat(m.gate().conditions()).extracting(PlanDocument.Condition::kpi)
				.containsExactly("k-live-gmv", "k-live-cvr", "k-xhs-store-ctr", "k-group-repurchase"));
		assertThat(kpi(plan, "k-merchants").target()).isEqualByComparingTo("1000");
	}

	@Test
	void phasesOfOneSchemeFollowEachOtherInEverySeedAndTheSchemesOfAPlanAreNamed() {
		for (String code : List.of("seed-000", "seed-001", "seed-002", "seed-003", "seed-004")) {
			List<PlanDocument.Phase> phases = this.catalog.load(code).phases();
			for (PlanDocument.Phase phase : phases) {
				assertThat(phases).as(code + " " + phase.key())
					.filteredOn((other) -> other != phase && java.util.Objects.equals(other.scheme(), phase.scheme()))
					.noneMatch((other) -> !other.endDate().isBefore(phase.startDate())
							&& !other.startDate().isAfter(phase.endDate()));
			}
		}
		assertThat(this.catalog.load("seed-002").phases()).extracting(PlanDocument.Phase::scheme)
			.containsOnly("前12周执行（第5章）", "季度路线图（第5章）");
		assertThat(this.catalog.load("seed-004").phases()).extracting(PlanDocument.Phase::scheme)
			.containsOnly(null, "分阶段实施路径（3.2节）", "技术线（5.1节）");
	}

	@Test
	void qualitativePlansCarryNoInventedAmountsAndOnlyBenchmarkOrWordedKpis() {
		for (String code : List.of("seed-001", "seed-003")) {
			PlanDocument plan = this.catalog.load(code);
			assertThat(plan.totalBudget()).as(code).isNull();
			assertThat(allLines(plan.budgetLines())).as(code)
				.allMatch((l) -> l.plannedAmount() == null && l.plannedPercentage() == null);
			assertThat(plan.kpis()).as(code)
				.isNotEmpty()
				.allMatch((kpi) -> kpi.isBenchmark() || (kpi.targetType() == null && kpi.target() == null
						&& kpi.aim() != null && !kpi.aim().isBlank()));
		}
		assertThat(this.catalog.load("seed-001").phases()).isEmpty();
	}

	@Test
	void plans002And004CarryTheirBaselinesAsContextMetricsWithTheSeedsOwnNumbers() {
		PlanDocument store = this.catalog.load("seed-002");
		assertThat(store.planKind()).isEqualTo(PlanKind.STORE_PROMOTION);
		assertContext(store, "网店流量停留时间不足30秒的比例", null, "75", "%", null);
		assertContext(store, "跳出率", null, "58", "%", null);
		assertContext(store, "毛利率", ContextQualifier.BELOW, "15", "%", null);
		assertContext(store, "中小商家营销预算占销售额比例", null, "18", "%", null);
		assertContext(store, "跨平台营销ROI", null, "1.3", "倍", null);
		assertContext(store, "头部电商平台CPC平均价格", null, null, null, "120");
		assertContext(store, "消费者对无品牌店铺的信任度", null, null, null, "-35");
		assertContext(store, "复购率", null, null, null, "-20");
		assertContext(store, "传统直播带货转化率", null, null, null, "-40");
		assertContext(store, "电商平台规则调整频次", null, null, null, "40");
		assertContext(store, "抖音月均用户增量", null, "1200", "万人", null);
		assertContext(store, "小红书月均用户增量", null, "800", "万人", null);
		assertContext(store, "抖音与小红书用户画像重合度", null, "15", "%", null);
		assertContext(store, "全域电商占比（预计）", null, "35", "%", null);

		PlanDocument launch = this.catalog.load("seed-004");
		assertThat(launch.planKind()).isEqualTo(PlanKind.BUSINESS_LAUNCH);
		assertThat(launch.contextCurrency()).isEqualTo("USD");
		assertContext(launch, "电商行业平均获客成本", null, "185", "元", "68");
		assertContext(launch, "低价秒杀形式的广告占比", null, "70", "%", null);
		assertContext(launch, "来自非目标人群的流量占比", null, "30", "%", null);
		assertContext(launch, "季末库存积压", null, "2", "亿元", null);
		assertContext(launch, "资金周转率", null, "1.8", "次/年", null);
		assertContext(launch, "客户流失率", null, "22", "%", null);
		assertContext(launch, "用户画像维度", ContextQualifier.BELOW, "5", "维", null);
		assertContext(launch, "运费险覆盖率", ContextQualifier.BELOW, "40", "%", null);
		assertContext(launch, "优惠券实际核销率", ContextQualifier.BELOW, "20", "%", null);
		assertContext(launch, "A轮融资", null, "5000", "万元", null);
		assertThat(context(launch, "资金周转率").comparisonValue()).isEqualByComparingTo("3.5");
		assertThat(context(launch, "用户画像维度").comparisonValue()).isEqualByComparingTo("15");
	}

	@Test
	void everySeedStatesItsKindAndWhetherItStatesItsCurrency() {
		assertThat(List.of("seed-000", "seed-001", "seed-002", "seed-003", "seed-004"))
			.extracting((code) -> this.catalog.load(code).planKind())
			.containsExactly(PlanKind.ANNUAL_MARKETING, PlanKind.STRATEGY_FRAMEWORK, PlanKind.STORE_PROMOTION,
					PlanKind.NETWORK_MARKETING, PlanKind.BUSINESS_LAUNCH);
		assertThat(List.of("seed-000", "seed-001", "seed-002", "seed-003", "seed-004"))
			.extracting((code) -> this.catalog.load(code).currencyStated())
			.containsExactly(true, false, true, false, true);
		assertThat(this.catalog.load("seed-000").contextCurrency()).isEqualTo("USD");
		assertContext(this.catalog.load("seed-000"), "跨境电商业务占比", ContextQualifier.ABOVE, "50", "%", null);
		assertContext(this.catalog.load("seed-000"), "电商行业平均客户生命周期价值", null, "3.2", "次", "-29.6");
	}

	private static PlanDocument.ContextMetric context(PlanDocument plan, String name) {
		return plan.contextMetrics().stream().filter((m) -> m.name().equals(name)).reduce((a, b) -> {
			throw new AssertionError("more than one " + name);
		}).orElseThrow(() -> new AssertionError("no context metric " + name));
	}

	private static void assertContext(PlanDocument plan, String name, ContextQualifier qualifier, String value,
			String unit, String change) {
		PlanDocument.ContextMetric metric = context(plan, name);
		assertThat(metric.qualifier()).as(name).isEqualTo(qualifier);
		if (value == null) {
			assertThat(metric.value()).as(name).isNull();
		}
		else {
			assertThat(metric.value()).as(name).isEqualByComparingTo(value);
		}
		assertThat(metric.unit()).as(name).isEqualTo(unit);
		if (change == null) {
			assertThat(metric.changePercent()).as(name).isNull();
		}
		else {
			assertThat(metric.changePercent()).as(name).isEqualByComparingTo(change);
		}
	}

	@Test
	void plans001And003CarryTheirModelsSegmentsAndStepsAsFrameworksInTheSourcesOrder() {
		PlanDocument plan001 = this.catalog.load("seed-001");
		assertThat(plan001.frameworks()).extracting(PlanDocument.Framework::name)
			.contains("消费者价值金字塔", "营销能力成熟度模型", "五维洞察模型", "三维度市场扫描模型");
		assertThat(itemNames(plan001, "营销能力成熟度模型")).containsExactly("基础层", "成长层", "领先层");
		assertThat(itemNames(plan001, "营销策略优化实施步骤")).containsExactly("建立营销数据标准体系", "设计营销自动化工作流", "开发营销效果评估模型",
				"建立营销知识管理系统");
		assertThat(itemNames(plan001, "营销策略实施路径")).containsExactly("市场环境扫描与SWOT分析", "核心营销能力评估与诊断", "目标客户群体细分与定位",
				"营销资源配置与预算规划");
		assertThat(plan001.team()).filteredOn((unit) -> "营销部门".equals(unit.scheme()))
			.hasSize(4)
			.allSatisfy((unit) -> assertThat(unit.recruitmentChannels()).containsExactly(
					com.marketingplanner.domain.organisation.RecruitmentChannel.CAMPUS,
					com.marketingplanner.domain.organisation.RecruitmentChannel.EXPERIENCED,
					com.marketingplanner.domain.organisation.RecruitmentChannel.REFERRAL));

		PlanDocument plan003 = this.catalog.load("seed-003");
		assertThat(itemNames(plan003, "消费层级")).containsExactly("高端", "中端", "经济型");
		assertThat(itemNames(plan003, "行为类型")).containsExactly("冲动型", "理性型", "忠诚型");
		assertThat(itemNames(plan003, "价格梯度")).containsExactly("基础款", "进阶款", "高端款");
		assertThat(itemNames(plan003, "收入情景")).containsExactly("保守", "中性", "乐观");
		assertThat(framework(plan003, "归因模型").items()).extracting(PlanDocument.FrameworkItem::attributionModel)
			.containsExactly("first", "last", "linear");
		// no invented numbers: the qualitative plans state no value for a segment, tier
		// or scenario
		assertThat(plan003.frameworks()).flatExtracting(PlanDocument.Framework::items)
			.allMatch((item) -> item.value() == null);
		assertThat(this.catalog.load("seed-002").team()).filteredOn((unit) -> unit.name().equals("创新孵化器"))
			.singleElement()
			.extracting(PlanDocument.TeamUnit::programmeCycleMonths)
			.isEqualTo(6);
	}

	private static PlanDocument.Framework framework(PlanDocument plan, String name) {
		return plan.frameworks().stream().filter((f) -> f.name().equals(name)).findFirst().orElseThrow();
	}

	private static List<String> itemNames(PlanDocument plan, String name) {
		return framework(plan, name).items().stream().map(PlanDocument.FrameworkItem::name).toList();
	}

	private static void assertKpi(Kpi kpi, TargetType type, String baseline, String target) {
		assertThat(kpi.targetType()).as(kpi.key()).isEqualTo(type);
		if (baseline == null) {
			assertThat(kpi.baseline()).as(kpi.key()).isNull();
		}
		else {
			assertThat(kpi.baseline()).as(kpi.key()).isEqualByComparingTo(baseline);
		}
		assertThat(kpi.target()).as(kpi.key()).isEqualByComparingTo(target);
	}

	private static BigDecimal amount(String value) {
		return new BigDecimal(value);
	}

	private static BigDecimal sum(List<BudgetLine> lines) {
		return lines.stream()
			.map(BudgetLine::plannedAmount)
			.filter((a) -> a != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static Stream<BudgetLine> allLines(List<BudgetLine> lines) {
		return lines.stream().flatMap((l) -> Stream.concat(Stream.of(l), allLines(l.children())));
	}

	private static BudgetLine line(PlanDocument plan, String key) {
		return allLines(plan.budgetLines()).filter((l) -> key.equals(l.key())).findFirst().orElseThrow();
	}

	private static Kpi kpi(PlanDocument plan, String key) {
		return plan.kpis().stream().filter((k) -> key.equals(k.key())).findFirst().orElseThrow();
	}

	private static AllocationRule rule(PlanDocument plan, AllocationRuleKind kind, String scopeValue) {
		Optional<AllocationRule> rule = plan.allocationRules()
			.stream()
			.filter((r) -> r.kind() == kind && scopeValue.equals(r.scopeValue()))
			.findFirst();
		return rule.orElseThrow();
	}

	private static AllocationRule single(PlanDocument plan, AllocationRuleKind kind) {
		return plan.allocationRules().stream().filter((r) -> r.kind() == kind).reduce((a, b) -> {
			throw new AssertionError("more than one " + kind);
		}).orElseThrow();
	}

}
