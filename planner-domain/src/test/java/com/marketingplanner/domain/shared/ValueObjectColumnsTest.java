package com.marketingplanner.domain.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.marketingplanner.domain.budget.ActualSpend;
import com.marketingplanner.domain.budget.AllocationRule;
import com.marketingplanner.domain.budget.AllocationRuleKind;
import com.marketingplanner.domain.budget.BudgetLine;
import com.marketingplanner.domain.budget.BudgetPeriod;
import com.marketingplanner.domain.budget.BudgetScenario;
import com.marketingplanner.domain.budget.PercentageBase;
import com.marketingplanner.domain.budget.RuleScope;
import com.marketingplanner.domain.organisation.FeeBasis;
import com.marketingplanner.domain.organisation.OffBudgetCost;
import com.marketingplanner.domain.organisation.Partner;
import com.marketingplanner.domain.organisation.PartnerKind;
import com.marketingplanner.domain.organisation.TeamUnit;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.risk.ImpactBase;
import com.marketingplanner.domain.risk.Risk;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every entity field held as a value object is written to its unchanged {@code NUMERIC}
 * column and read back from PostgreSQL as the value object, with the value object's scale
 * (ADR 0099); a field not stated stays {@code null} in the column and the entity.
 */
@DomainJpaTest
class ValueObjectColumnsTest {

	@Autowired
	EntityManager entities;

	@Autowired
	JdbcClient jdbc;

	Plan plan;

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	@BeforeEach
	void plan() {
		AppUser owner = new AppUser("columns-owner", "Owner", "hash", Role.PLANNER);
		this.entities.persist(owner);
		this.plan = new Plan("Columns", owner, new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
		this.plan.budgetTotal(n("5000000.005"));
		this.entities.persist(this.plan);
	}

	private <T> T reread(Class<T> type, Object id) {
		this.entities.flush();
		this.entities.clear();
		return this.entities.find(type, id);
	}

	private BigDecimal column(String table, String column, Object id) {
		return this.jdbc.sql("SELECT " + column + " FROM " + table + " WHERE id = ?")
			.param(id)
			.query((row, number) -> row.getBigDecimal(1))
			.list()
			.get(0);
	}

	@Test
	void aPlansTotalBudgetIsMoneyInItsColumn() {
		Plan read = reread(Plan.class, this.plan.getId());

		assertThat(read.totalBudget()).isEqualTo(Money.of(n("5000000.01")));
		assertThat(read.getTotalBudget()).hasScaleOf(2).isEqualByComparingTo("5000000.01");
		assertThat(column("plan", "total_budget", this.plan.getId())).isEqualByComparingTo("5000000.01");
	}

	@Test
	void budgetLinesPeriodsScenariosAndSpendKeepTheirAmountsAndPercentages() {
		BudgetLine byAmount = new BudgetLine(this.plan, null, 0, "Douyin");
		byAmount.plan(n("1200000.125"), n("24.00005"), PercentageBase.TOTAL);
		BudgetLine unplanned = new BudgetLine(this.plan, null, 1, "Later");
		BudgetPeriod year = new BudgetPeriod(this.plan, "Year 1",
				new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
		year.budget(n("5000000"));
		BudgetScenario bold = new BudgetScenario(this.plan, 0, "8000万");
		bold.allocate(n("80000000"), Map.of());
		this.entities.persist(byAmount);
		this.entities.persist(unplanned);
		this.entities.persist(year);
		this.entities.persist(bold);
		ActualSpend spend = new ActualSpend(byAmount, LocalDate.of(2027, 2, 1), n("999.999"), null, null);
		this.entities.persist(spend);

		BudgetLine line = reread(BudgetLine.class, byAmount.getId());
		assertThat(line.plannedAmount()).isEqualTo(Money.of(n("1200000.13")));
		assertThat(line.getPlannedAmount()).hasScaleOf(2);
		assertThat(line.plannedPercentage()).isEqualTo(Percentage.ofPoints(n("24.0001")));
		assertThat(line.getPlannedPercentage()).hasScaleOf(4);
		BudgetLine notPlanned = this.entities.find(BudgetLine.class, unplanned.getId());
		assertThat(notPlanned.plannedAmount()).isNull();
		assertThat(notPlanned.plannedPercentage()).isNull();
		assertThat(column("budget_line", "planned_amount", unplanned.getId())).isNull();
		assertThat(this.entities.find(BudgetPeriod.class, year.getId()).amount()).isEqualTo(Money.of(n("5000000.00")));
		assertThat(this.entities.find(BudgetScenario.class, bold.getId()).getTotal()).hasScaleOf(2)
			.isEqualByComparingTo("80000000");
		assertThat(this.entities.find(ActualSpend.class, spend.getId()).amount()).isEqualTo(Money.of(n("1000.00")));
		assertThat(column("actual_spend", "amount", spend.getId())).isEqualByComparingTo("1000.00");
	}

	@Test
	void aRulesShareIsAPercentageAndItsThresholdARatioOfSixDecimals() {
		AllocationRule cap = new AllocationRule(this.plan, 0, AllocationRuleKind.MAX_SHARE, RuleScope.TAG, "tech",
				n("28.12345"), null, PercentageBase.TOTAL, null);
		AllocationRule floor = new AllocationRule(this.plan, 1, AllocationRuleKind.ROI_FLOOR, RuleScope.PLAN, null,
				null, n("1.1499999"), PercentageBase.TOTAL, null);
		this.entities.persist(cap);
		this.entities.persist(floor);

		AllocationRule readCap = reread(AllocationRule.class, cap.getId());
		AllocationRule readFloor = this.entities.find(AllocationRule.class, floor.getId());

		assertThat(readCap.share()).isEqualTo(Percentage.ofPoints(n("28.1235")));
		assertThat(readCap.threshold()).isNull();
		assertThat(readFloor.threshold()).isEqualTo(Ratio.of(n("1.150000")));
		assertThat(readFloor.getThreshold()).hasScaleOf(6).isEqualByComparingTo("1.15");
		assertThat(readFloor.share()).isNull();
		assertThat(column("allocation_rule", "threshold", floor.getId())).isEqualByComparingTo("1.15");
	}

	@Test
	void aRisksProbabilityImpactAmountAndShareComeBackAsValueObjects() {
		Risk stated = new Risk(this.plan, 0, "market", "Price war");
		stated.assess(n("0.22"), null, n("4200000"), n("15"), ImpactBase.BUDGET, "budget +15%");
		Risk unassessed = new Risk(this.plan, 1, "market", "Unknown");
		this.entities.persist(stated);
		this.entities.persist(unassessed);

		Risk read = reread(Risk.class, stated.getId());

		assertThat(read.probability()).isEqualTo(Probability.of(n("0.2200")));
		assertThat(read.getProbability()).hasScaleOf(4);
		assertThat(read.impactAmount()).isEqualTo(Money.of(n("4200000")));
		assertThat(read.impactShare()).isEqualTo(Percentage.ofPoints(n("15")));
		assertThat(read.expectedMonetaryImpact())
			.hasValueSatisfying((impact) -> assertThat(impact).hasScaleOf(2).isEqualByComparingTo("924000.00"));
		Risk readUnassessed = this.entities.find(Risk.class, unassessed.getId());
		assertThat(readUnassessed.probability()).isNull();
		assertThat(readUnassessed.impactAmount()).isNull();
		assertThat(readUnassessed.impactShare()).isNull();
	}

	@Test
	void theOrganisationsCostsAndSharesKeepTheirScale() {
		TeamUnit team = new TeamUnit(this.plan, 0, "AI team");
		team.staff(null, null, n("12.5"));
		Partner agency = new Partner(this.plan, 0, PartnerKind.VENDOR, "MCN agency");
		agency.charge(n("50000"), FeeBasis.PER_MONTH, null, n("5"));
		OffBudgetCost charity = new OffBudgetCost(this.plan, 0, "Charity");
		charity.cost(n("1000000"), FeeBasis.PER_YEAR);
		this.entities.persist(team);
		this.entities.persist(agency);
		this.entities.persist(charity);

		TeamUnit readTeam = reread(TeamUnit.class, team.getId());

		assertThat(readTeam.staffShare()).isEqualTo(Percentage.ofPoints(n("12.5")));
		assertThat(readTeam.getStaffShare()).hasScaleOf(4);
		assertThat(readTeam.peopleForStaffOf(20)).isEqualTo(3);
		Partner readAgency = this.entities.find(Partner.class, agency.getId());
		assertThat(readAgency.feeCapShare()).isEqualTo(Percentage.ofPoints(n("5")));
		assertThat(readAgency.feeCap(n("5000000.00"))).isEqualByComparingTo("250000.00");
		OffBudgetCost readCharity = this.entities.find(OffBudgetCost.class, charity.getId());
		assertThat(readCharity.amount()).isEqualTo(Money.of(n("1000000")));
		assertThat(readCharity.getAmount()).hasScaleOf(2);
		assertThat(readCharity.costOver(6, null, null)).isEqualByComparingTo("500000.00");
	}

}
