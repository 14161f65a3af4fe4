package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.goal.Direction;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.budget.BudgetReport.RuleStatus;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiRepository;
import com.marketingplanner.domain.goal.KpiTargets;
import com.marketingplanner.domain.marketingdata.DataTimeZone;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.domain.user.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Benchmark allocation rules on PostgreSQL: what is stored, where the benchmark comes
 * from, and what is refused before anything is written.
 */
@DomainJpaTest
@Import({ PlanReferences.class, AllocationRuleService.class, BudgetService.class, BudgetCheckService.class,
		MarketingData.class, DataTimeZone.class, PlanService.class, ChannelService.class })
class BenchmarkRuleServiceTest {

	@Autowired
	AllocationRuleService rules;

	@Autowired
	BudgetCheckService checks;

	@Autowired
	PlanService plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	AppUserRepository users;

	Plan plan;

	@BeforeEach
	void createPlan002() {
		String owner = "owner-" + System.nanoTime();
		this.users.save(new AppUser(owner, "Owner", "{noop}x", Role.PLANNER));
		this.plan = this.plans.create(new PlanCommand("网店运营市场推广方案", null, null, "CNY", LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 12, 31), new BigDecimal("5000000"), null), owner);
	}

	Kpi ltvKpi(Plan owner, String benchmark) {
		return this.kpis.save(new Kpi(owner, "LTV", new KpiTargets(TargetType.LEVEL, Direction.HIGHER_IS_BETTER, null,
				new BigDecimal("800"), null, (benchmark != null) ? new BigDecimal(benchmark) : null)));
	}

	@Test
	void keepsTheSeedsRuleWhoseBenchmarkIsOnlyNamedAndSaysItCannotBeChecked() {
		AllocationRule rule = this.rules
			.add(this.plan.getId(),
					AllocationRuleCommand.benchmarkRaise(RuleScope.PLAN, null, ChannelMetric.LTV, null, null, "行业平均水平",
							null))
			.value();

		AllocationRule stored = this.rules.get(this.plan.getId(), rule.getId());
		assertThat(stored.getComparison())
			.isEqualTo(new BenchmarkComparison(ChannelMetric.LTV, null, null, "行业平均水平", null));
		assertThat(stored.getThreshold()).isNull();
		BudgetReport report = this.checks.check(this.plan.getId());
		assertThat(report.rule(rule.getId()).status()).isEqualTo(RuleStatus.NOT_EVALUABLE);
		assertThat(report.warnings("rule-benchmark-missing")).hasSize(1);
	}

	@Test
	void takesTheBenchmarkOfTheKpiItNames() {
		Kpi ltv = ltvKpi(this.plan, "600");
		AllocationRule rule = this.rules
			.add(this.plan.getId(),
					AllocationRuleCommand.benchmarkRaise(RuleScope.CHANNEL, "douyin", ChannelMetric.LTV, null,
							ltv.getId(), null, new BigDecimal("5")))
			.value();

		BudgetReport report = this.checks.check(this.plan.getId());

		assertThat(report.rule(rule.getId()).targetPercent()).isEqualByComparingTo("600");
		assertThat(report.rule(rule.getId()).status()).isEqualTo(RuleStatus.NOT_MEASURABLE);
		assertThat(this.rules.get(this.plan.getId(), rule.getId()).getComparison().shareRaise())
			.isEqualByComparingTo("5");
	}

	@Test
	void aKpiWithoutABenchmarkLeavesTheBenchmarkMissing() {
		Kpi ltv = ltvKpi(this.plan, null);
		AllocationRule rule = this.rules
			.add(this.plan.getId(),
					AllocationRuleCommand.benchmarkRaise(RuleScope.PLAN, null, ChannelMetric.LTV, null, ltv.getId(),
							null, null))
			.value();

		BudgetReport report = this.checks.check(this.plan.getId());

		assertThat(report.rule(rule.getId()).status()).isEqualTo(RuleStatus.NOT_EVALUABLE);
		assertThat(report.warnings("rule-benchmark-missing").get(0).detail()).isEqualTo("LTV > LTV");
	}

	@Test
	void refusesABenchmarkRuleWithoutAMetricOrWithTwoBenchmarksOrOnATag() {
		long planId = this.plan.getId();
		Kpi ltv = ltvKpi(this.plan, "600");
		assertThatThrownBy(() -> this.rules.add(planId,
				AllocationRuleCommand.benchmarkRaise(RuleScope.PLAN, null, null, BigDecimal.TEN, null, null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(violation) -> assertThat(violation.messageKey()).isEqualTo("error.budget.rule.metric-required"));
		assertThatThrownBy(() -> this.rules.add(planId,
				AllocationRuleCommand.benchmarkRaise(RuleScope.PLAN, null, ChannelMetric.LTV, BigDecimal.TEN,
						ltv.getId(), null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(violation) -> assertThat(violation.field()).isEqualTo("benchmarkKpiId"));
		assertThatThrownBy(() -> this.rules.add(planId,
				new AllocationRuleCommand(AllocationRuleKind.BENCHMARK_RAISE, RuleScope.TAG, "digital", null, null,
						null, null, null, null, ChannelMetric.ROI, BigDecimal.ONE, null, null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(violation) -> assertThat(violation.messageKey()).isEqualTo("error.budget.rule.benchmark-scope"));
		assertThatThrownBy(() -> this.rules.add(planId,
				AllocationRuleCommand.benchmarkRaise(RuleScope.PLAN, null, ChannelMetric.LTV, null, null, null,
						new BigDecimal("101"))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(violation) -> assertThat(violation.field()).isEqualTo("shareRaise"));
		assertThat(this.rules.list(planId)).isEmpty();
	}

	@Test
	void refusesTheKpiOfAnotherPlan() {
		Plan other = this.plans.create(new PlanCommand("Other", null, null, "CNY", LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 12, 31), null, null), this.plan.getOwner().getUsername());
		Kpi foreign = ltvKpi(other, "600");

		assertThatThrownBy(() -> this.rules.add(this.plan.getId(),
				AllocationRuleCommand.benchmarkRaise(RuleScope.PLAN, null, ChannelMetric.LTV, null, foreign.getId(),
						null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(violation) -> assertThat(violation.field()).isEqualTo("benchmarkKpiId"));
	}

	@Test
	void turningABenchmarkRuleIntoAnotherKindDropsItsComparison() {
		AllocationRule rule = this.rules
			.add(this.plan.getId(),
					AllocationRuleCommand.benchmarkRaise(RuleScope.PLAN, null, ChannelMetric.ROI, BigDecimal.ONE, null,
							null, null))
			.value();

		AllocationRule changed = this.rules
			.update(this.plan.getId(), rule.getId(),
					new AllocationRuleCommand(AllocationRuleKind.ROI_FLOOR, RuleScope.PLAN, null, null,
							new BigDecimal("1.5"), null, null, null, rule.getVersion()))
			.value();

		assertThat(changed.getComparison()).isNull();
		assertThat(changed.getThreshold()).isEqualByComparingTo("1.5");
	}

}
