package com.marketingplanner.domain.context;

import java.math.BigDecimal;
import java.util.List;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanKind;
import com.marketingplanner.domain.plan.PlanService;
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
 * Context figures through the service, and the seed plans' profiles and baselines as
 * their templates state them.
 */
@DomainJpaTest
@Import(DomainServices.class)
class ContextMetricServiceTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	ContextMetricService metrics;

	@Autowired
	PlanService plans;

	String owner;

	@BeforeEach
	void owner() {
		this.owner = DomainServices.createUser(this.jdbc, "PLANNER");
	}

	@Test
	void plan004CarriesItsBaselinesWithChangesComparisonsAndBoundsAndItsProfile() {
		long planId = this.templates.create("seed-004", this.owner, null, null);

		Plan plan = this.plans.get(planId);
		assertThat(plan.getPlanKind()).isEqualTo(PlanKind.BUSINESS_LAUNCH);
		assertThat(plan.getContextCurrency()).isEqualTo("USD");
		assertThat(plan.isCurrencyStated()).isTrue();
		List<ContextMetric> all = this.metrics.all(planId);
		assertThat(all).filteredOn((m) -> m.getName().equals("电商行业平均获客成本")).singleElement().satisfies((cac) -> {
			assertThat(cac.getValue()).isEqualByComparingTo("185");
			assertThat(cac.getUnit()).isEqualTo("元");
			assertThat(cac.getChangePercent()).isEqualByComparingTo("68");
			assertThat(cac.getChangeBasis()).isEqualTo("较2020年");
		});
		assertThat(all).filteredOn((m) -> m.getName().equals("资金周转率")).singleElement().satisfies((turnover) -> {
			assertThat(turnover.getValue()).isEqualByComparingTo("1.8");
			assertThat(turnover.getComparisonValue()).isEqualByComparingTo("3.5");
		});
		assertThat(all).filteredOn((m) -> m.getName().equals("用户画像维度")).singleElement().satisfies((profiles) -> {
			assertThat(profiles.getQualifier()).isEqualTo(ContextQualifier.BELOW);
			assertThat(profiles.getComparisonValue()).isEqualByComparingTo("15");
		});
		assertThat(all).extracting(ContextMetric::getName)
			.contains("低价秒杀形式的广告占比", "来自非目标人群的流量占比", "季末库存积压", "客户流失率", "运费险覆盖率", "优惠券实际核销率", "A轮融资");
		assertThat(all).filteredOn(ContextMetric::isRange).isNotEmpty();
	}

	@Test
	void plansWithoutAStatedCurrencySayTheirCurrencyIsAssumed() {
		assertThat(this.plans.get(this.templates.create("seed-001", this.owner, null, null)).isCurrencyStated())
			.isFalse();
		assertThat(this.plans.get(this.templates.create("seed-003", this.owner, null, null)).isCurrencyStated())
			.isFalse();
	}

	@Test
	void figuresKeepTheirOrderAndAnEditNeedsTheVersionRead() {
		long planId = this.templates.create("seed-003", this.owner, null, null);
		ContextMetric first = this.metrics.add(planId, command("流失率", new BigDecimal("22"), null, null));
		ContextMetric before = this.metrics.add(planId, command("获客成本", new BigDecimal("185"), 0, null));

		assertThat(this.metrics.all(planId)).extracting(ContextMetric::getName).containsExactly("获客成本", "流失率");
		assertThatThrownBy(() -> this.metrics.update(planId, first.getId(),
				command("流失率", BigDecimal.ONE, null, first.getVersion() + 1)))
			.isInstanceOf(StaleVersionException.class);

		this.metrics.delete(planId, before.getId(), before.getVersion());

		assertThat(this.metrics.all(planId)).singleElement()
			.satisfies((left) -> assertThat(left.getPosition()).isZero());
	}

	@Test
	void aRefusedFigureChangesNothing() {
		long planId = this.templates.create("seed-003", this.owner, null, null);

		assertThatThrownBy(
				() -> this.metrics.add(planId,
						new ContextMetricCommand("跨境履约时效", null, new BigDecimal("10"), new BigDecimal("7"), "天", null,
								null, null, null, null, null, null, null, null)))
			.isInstanceOf(BusinessRuleViolation.class);

		assertThat(this.metrics.all(planId)).isEmpty();
	}

	private static ContextMetricCommand command(String name, BigDecimal value, Integer position, Long version) {
		return new ContextMetricCommand(name, null, value, null, "%", null, null, null, null, 2023, "2.2", null,
				position, version);
	}

}
