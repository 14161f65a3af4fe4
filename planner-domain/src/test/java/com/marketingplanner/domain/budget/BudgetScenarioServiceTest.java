package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.util.List;

import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.support.DomainServices;
import com.marketingplanner.domain.template.PlansFromTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Budget periods and scenarios on the seed plans: 002's year-1 budget, 004's 5000萬 and
 * 8000萬 side by side, a draft scenario adopted into the plan.
 */
@DomainJpaTest
@Import(DomainServices.class)
class BudgetScenarioServiceTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	BudgetScenarioService scenarios;

	@Autowired
	BudgetPeriodService periods;

	@Autowired
	BudgetCheckService checks;

	@Autowired
	BudgetService budget;

	@Autowired
	PlanService plans;

	@Autowired
	TestEntityManager entities;

	@Autowired
	PlanReferences references;

	String owner;

	@BeforeEach
	void owner() {
		this.owner = DomainServices.createUser(this.jdbc, "PLANNER");
	}

	@Test
	void plan002TakesItsMonthlyBudgetFromTheFirstYear() {
		long planId = this.templates.create("seed-002", this.owner, null, null);

		assertThat(this.periods.all(planId)).extracting(BudgetPeriod::getName).containsExactly("首年", "第二年", "第三年");
		assertThat(this.checks.check(planId).monthlyBudget()).isEqualByComparingTo("416666.67");
	}

	@Test
	void plan004ComparesItsTwoYearOneBudgetsSideBySide() {
		long planId = this.templates.create("seed-004", this.owner, null, null);

		BudgetComparison comparison = this.scenarios.compare(planId);

		assertThat(comparison.columns()).extracting(BudgetComparison.Column::total)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("50000000"), new BigDecimal("50000000"), new BigDecimal("80000000"));
		BudgetComparison.Row marketing = comparison.rows()
			.stream()
			.filter((row) -> row.name().equals("营销推广"))
			.findFirst()
			.orElseThrow();
		assertThat(marketing.amounts()).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("35000000"), new BigDecimal("35000000"), new BigDecimal("56000000"));
		// the scenario form lists the lines in the comparison's (tree) order
		assertThat(this.references.budgetLineNames(planId).values())
			.containsExactlyElementsOf(comparison.rows().stream().map(BudgetComparison.Row::name).toList());
	}

	@Test
	void savesAnOptimisersSplitAsADraftAndAdoptsItIntoThePlan() {
		long planId = this.templates.create("seed-002", this.owner, null, null);
		long douyin = lineId(planId, "抖音信息流广告");
		long xhs = lineId(planId, "小红书内容营销");

		BudgetScenario draft = this.scenarios.create(planId,
				new BudgetScenarioCommand("ROI 优化建议", "按边际回报均衡", null,
						List.of(new BudgetScenarioCommand.LineAmount(douyin, new BigDecimal("1000000")),
								new BudgetScenarioCommand.LineAmount(xhs, new BigDecimal("400000"))),
						null));
		this.entities.flush();

		assertThat(draft.getStatus()).isEqualTo(BudgetScenarioStatus.DRAFT);
		BudgetComparison comparison = this.scenarios.compare(planId);
		assertThat(
				comparison.rows().stream().filter((row) -> row.lineId() == douyin).findFirst().orElseThrow().amounts())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("800000"), new BigDecimal("1000000"));

		BudgetScenario adopted = this.scenarios.adopt(planId, draft.getId(), draft.getVersion());
		this.entities.flush();

		assertThat(adopted.getStatus()).isEqualTo(BudgetScenarioStatus.ADOPTED);
		assertThat(this.budget.getLine(planId, douyin).getPlannedAmount()).isEqualByComparingTo("1000000");
		assertThatThrownBy(() -> this.scenarios.adopt(planId, draft.getId(), adopted.getVersion()))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void refusesALineOfAnotherPlanAndOverlappingPeriods() {
		long planId = this.templates.create("seed-002", this.owner, null, null);
		long other = this.templates.create("seed-000", this.owner, null, null);
		long foreignLine = this.budget.tree(other).get(0).id();

		assertThatThrownBy(() -> this.scenarios.create(planId,
				new BudgetScenarioCommand("x", null, null,
						List.of(new BudgetScenarioCommand.LineAmount(foreignLine, BigDecimal.ONE)), null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.field()).isEqualTo("lineAmounts"));
		assertThatThrownBy(() -> this.periods.add(planId,
				new BudgetPeriodCommand("重叠", java.time.LocalDate.of(2024, 6, 1), java.time.LocalDate.of(2025, 5, 31),
						null, null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.budget.period.overlap"));
	}

	private long lineId(long planId, String name) {
		return this.jdbc.sql("select id from budget_line where plan_id = ? and name = ?")
			.params(planId, name)
			.query(Long.class)
			.single();
	}

}
