package com.marketingplanner.domain.framework;

import java.math.BigDecimal;
import java.util.List;

import com.marketingplanner.domain.organisation.OrganisationService;
import com.marketingplanner.domain.organisation.RecruitmentChannel;
import com.marketingplanner.domain.organisation.TeamUnit;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.StaleVersionException;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.support.DomainServices;
import com.marketingplanner.domain.template.PlansFromTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Frameworks through the service on PostgreSQL: the seed plans' models, segments and
 * steps as their templates state them, item changes under the framework's version, and
 * the organisation's recruitment channels and programme cycles.
 */
@DomainJpaTest
@Import(DomainServices.class)
class FrameworkServiceTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	FrameworkService frameworks;

	@Autowired
	OrganisationService organisation;

	String owner;

	@BeforeEach
	void owner() {
		this.owner = DomainServices.createUser(this.jdbc, "PLANNER");
	}

	@Test
	void plan001CarriesItsModelsAndItsUndatedStepsAsFrameworks() {
		long planId = this.templates.create("seed-001", this.owner, null, null);

		List<Framework> all = this.frameworks.all(planId);
		assertThat(all).extracting(Framework::getName)
			.containsExactly("消费者价值金字塔", "营销能力成熟度模型", "五维洞察模型", "三维度市场扫描模型", "营销策略优化实施步骤", "营销策略实施路径");
		assertThat(items(all.get(1))).containsExactly("基础层", "成长层", "领先层");
		Framework steps = all.get(4);
		assertThat(steps.getKind()).isEqualTo(FrameworkKind.SEQUENCE);
		assertThat(items(steps)).containsExactly("建立营销数据标准体系", "设计营销自动化工作流", "开发营销效果评估模型", "建立营销知识管理系统");
		assertThat(steps.dependsOn(3)).isEqualTo("开发营销效果评估模型");
		assertThat(items(all.get(5))).first().asString().startsWith("市场环境扫描与SWOT分析");
	}

	@Test
	void plan003CarriesItsSegmentsTiersScenariosAndAttributionModelsLinkedToTheApplicationsModels() {
		long planId = this.templates.create("seed-003", this.owner, null, null);

		List<Framework> all = this.frameworks.all(planId);
		assertThat(all).extracting(Framework::getKind)
			.contains(FrameworkKind.SEGMENTATION, FrameworkKind.PRODUCT_TIERS, FrameworkKind.SCENARIOS,
					FrameworkKind.ATTRIBUTION);
		assertThat(items(named(all, "消费层级"))).containsExactly("高端", "中端", "经济型");
		assertThat(items(named(all, "行为类型"))).containsExactly("冲动型", "理性型", "忠诚型");
		assertThat(items(named(all, "价格梯度"))).containsExactly("基础款", "进阶款", "高端款");
		assertThat(items(named(all, "收入情景"))).containsExactly("保守", "中性", "乐观");
		assertThat(named(all, "归因模型").getItems()).extracting(FrameworkItem::getName, FrameworkItem::getAttributionModel)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("首次点击", "first"),
					org.assertj.core.groups.Tuple.tuple("末次点击", "last"),
					org.assertj.core.groups.Tuple.tuple("线性", "linear"));
	}

	@Test
	void plan002KeepsTheValuesItsStagesStateAndItsIncubatorCycle() {
		long planId = this.templates.create("seed-002", this.owner, null, null);

		Framework stages = named(this.frameworks.all(planId), "用户行为三阶段模型");
		assertThat(stages.getItems())
			.extracting((item) -> item.getValue().stripTrailingZeros().toPlainString() + " " + item.getUnit())
			.containsExactly("1.8 元/人", "12.3 %", "15 天");
		assertThat(this.organisation.team(planId)).filteredOn((unit) -> unit.getName().equals("创新孵化器"))
			.singleElement()
			.extracting(TeamUnit::getProgrammeCycleMonths)
			.isEqualTo(6);
	}

	@Test
	void plan001RecruitsThroughCampusExperiencedHiresAndReferralsInTheSourcesOrder() {
		long planId = this.templates.create("seed-001", this.owner, null, null);

		assertThat(this.organisation.team(planId)).filteredOn((unit) -> "营销部门".equals(unit.getScheme()))
			.hasSize(4)
			.allSatisfy((unit) -> assertThat(unit.getRecruitmentChannels()).containsExactly(RecruitmentChannel.CAMPUS,
					RecruitmentChannel.EXPERIENCED, RecruitmentChannel.REFERRAL));
	}

	@Test
	void everyItemChangeBumpsTheFrameworksVersionAndAStaleVersionChangesNothing() {
		long planId = this.templates.create("seed-003", this.owner, null, null);
		Framework created = this.frameworks.create(planId,
				new FrameworkCommand(FrameworkKind.SEGMENTATION, "地域", null, "测试", List.of(), null, null));
		long v0 = created.getVersion();

		Framework added = this.frameworks.addItem(planId, created.getId(),
				new FrameworkItemCommand("一线城市", null, new BigDecimal("40"), "%", null, null, v0));
		long v1 = added.getVersion();
		assertThat(v1).isGreaterThan(v0);
		Framework revised = this.frameworks.updateItem(planId, created.getId(), 0,
				new FrameworkItemCommand("一线城市", "北上广深", new BigDecimal("40"), "%", null, null, v1));
		assertThat(revised.getVersion()).isGreaterThan(v1);

		assertThatThrownBy(() -> this.frameworks.addItem(planId, created.getId(),
				new FrameworkItemCommand("二线城市", null, null, null, null, null, v0)))
			.isInstanceOf(StaleVersionException.class);
		assertThat(items(this.frameworks.get(planId, created.getId()))).containsExactly("一线城市");
		assertThat(this.frameworks.get(planId, created.getId()).item(0).getDescription()).isEqualTo("北上广深");
	}

	@Test
	void frameworkNamesAreUniqueWithinAPlanAndReorderingAndDeletingRenumbers() {
		long planId = this.templates.create("seed-003", this.owner, null, null);
		int before = this.frameworks.all(planId).size();

		assertThatThrownBy(() -> this.frameworks.create(planId,
				new FrameworkCommand(FrameworkKind.MODEL, "消费层级", null, null, null, null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.framework.name-taken"));
		Framework first = this.frameworks.create(planId,
				new FrameworkCommand(FrameworkKind.MODEL, "新模型", null, null, null, 0, null));
		assertThat(this.frameworks.all(planId)).hasSize(before + 1).first().isEqualTo(first);

		Framework scenarios = named(this.frameworks.all(planId), "收入情景");
		Framework moved = this.frameworks.reorderItems(planId, scenarios.getId(),
				new FrameworkOrderCommand(List.of(2, 1, 0), scenarios.getVersion()));
		assertThat(items(moved)).containsExactly("乐观", "中性", "保守");
		Framework movedBack = this.frameworks.moveItem(planId, scenarios.getId(), 0, 2, moved.getVersion());
		assertThat(items(movedBack)).containsExactly("中性", "保守", "乐观");

		this.frameworks.delete(planId, first.getId(), first.getVersion());
		assertThat(this.frameworks.all(planId)).extracting(Framework::getPosition)
			.containsExactlyElementsOf(java.util.stream.IntStream.range(0, before).boxed().toList());
	}

	@Test
	void anEditWithItemsChecksThemUnderTheNewKindAndABrokenRuleChangesNothing() {
		long planId = this.templates.create("seed-003", this.owner, null, null);
		Framework attribution = named(this.frameworks.all(planId), "归因模型");

		assertThatThrownBy(() -> this.frameworks.update(planId, attribution.getId(),
				new FrameworkCommand(FrameworkKind.MODEL, "归因模型", null, null, null, null, attribution.getVersion())))
			.isInstanceOf(BusinessRuleViolation.class);
		Framework renamed = this.frameworks.update(planId, attribution.getId(),
				new FrameworkCommand(FrameworkKind.MODEL, "归因方法", null, null,
						List.of(FrameworkItemCommand.of("首次点击", null, null, null, null)), null,
						attribution.getVersion()));
		assertThat(renamed.getKind()).isEqualTo(FrameworkKind.MODEL);
		assertThat(items(renamed)).containsExactly("首次点击");
	}

	private static Framework named(List<Framework> all, String name) {
		return all.stream().filter((f) -> f.getName().equals(name)).findFirst().orElseThrow();
	}

	private static List<String> items(Framework framework) {
		return framework.getItems().stream().map(FrameworkItem::getName).toList();
	}

}
