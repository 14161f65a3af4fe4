package com.marketingplanner.domain.organisation;

import java.math.BigDecimal;
import java.util.List;

import com.marketingplanner.domain.budget.BudgetCheckService;
import com.marketingplanner.domain.budget.BudgetWarning;
import com.marketingplanner.domain.budget.WarningSeverity;
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
 * A plan's organisation through the service, the seed plans' organisations as their
 * templates state them, and the budget check's findings on costs outside the budget.
 */
@DomainJpaTest
@Import(DomainServices.class)
class OrganisationServiceTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	OrganisationService organisation;

	@Autowired
	BudgetCheckService budgetCheck;

	String owner;

	@BeforeEach
	void owner() {
		this.owner = DomainServices.createUser(this.jdbc, "PLANNER");
	}

	@Test
	void plan002KeepsBothItsTeamsItsVendorsWithFeesAndItsCostsOutsideTheBudget() {
		long planId = this.templates.create("seed-002", this.owner, null, null);

		List<Staffing> staffing = Staffing.of(this.organisation.team(planId));
		assertThat(staffing).extracting(Staffing::scheme).startsWith("3.1节4人核心团队", "8.1节5个职能小组");
		assertThat(staffing.get(0).fewest()).isEqualTo(4);
		assertThat(staffing.get(1)).extracting(Staffing::fewest, Staffing::most).containsExactly(15, 20);
		Partner mcn = this.organisation.partners(planId)
			.stream()
			.filter((p) -> p.getName().startsWith("MCN"))
			.findFirst()
			.orElseThrow();
		assertThat(mcn.getFee()).isEqualByComparingTo("50000");
		assertThat(mcn.getFeeBasis()).isEqualTo(FeeBasis.PER_MONTH);
		assertThat(this.organisation.partners(planId)).filteredOn((p) -> p.getName().equals("核心供应商"))
			.singleElement()
			.satisfies((p) -> {
				assertThat(p.getKind()).isEqualTo(PartnerKind.PARTNER);
				assertThat(p.getCount()).isEqualTo(100);
			});
		assertThat(this.organisation.offBudgetCosts(planId)).hasSize(8);
	}

	@Test
	void theBudgetCheckFlagsPlan002sCostsOutsideItsFirstYearBudget() {
		long planId = this.templates.create("seed-002", this.owner, null, null);

		List<BudgetWarning> warnings = this.budgetCheck.check(planId).warnings();

		// year 1 (12 months): MCN 5万×12 + consultancy 30万 + content 16万 + 15万 + charity
		// 100万 + innovation fund 200万 + award 5万 = 426万; the KOLs' fee per engagement
		// has no count
		BudgetWarning outside = find(warnings, "off-budget-costs");
		assertThat(outside.severity()).isEqualTo(WarningSeverity.INFO);
		assertThat(outside.figure("outside").value()).isEqualByComparingTo("4260000");
		assertThat(outside.detail()).contains("公益项目投入", "创新研究基金", "MCN机构服务费");
		assertThat(find(warnings, "off-budget-unknown").detail()).isEqualTo("驻场KOL合作费");
		BudgetWarning over = find(warnings, "off-budget-over-total");
		assertThat(over.severity()).isEqualTo(WarningSeverity.WARNING);
		assertThat(over.figure("total").value()).isEqualByComparingTo("5000000");
		assertThat(over.figure("allIn").value())
			.isEqualByComparingTo(over.figure("allocated").value().add(new BigDecimal("4260000")));
	}

	@Test
	void plan000sCappedVendorFeesAreNotMeasurableWithoutAFee() {
		long planId = this.templates.create("seed-000", this.owner, null, null);

		List<BudgetWarning> warnings = this.budgetCheck.check(planId).warnings();

		assertThat(warnings).filteredOn((w) -> w.code().equals("vendor-fee-cap-not-measurable"))
			.extracting(BudgetWarning::subject)
			.containsExactly("SAS", "外部专家网络（外部专家咨询）");
		assertThat(Staffing.of(this.organisation.team(planId)).get(0).fewest()).isEqualTo(100);
	}

	@Test
	void aVendorFeeAboveItsCapIsFlagged() {
		long planId = this.templates.create("seed-000", this.owner, null, null);
		Partner sas = this.organisation.partners(planId).get(0);

		this.organisation.updatePartner(planId, sas.getId(), new PartnerCommand(PartnerKind.VENDOR, "SAS", null, null,
				new BigDecimal("20000000"), FeeBasis.FIXED, null, new BigDecimal("5"), null, null, sas.getVersion()));

		BudgetWarning over = find(this.budgetCheck.check(planId).warnings(), "vendor-fee-over-cap");
		assertThat(over.subject()).isEqualTo("SAS");
		assertThat(over.figure("cap").value()).isEqualByComparingTo("14000000");
	}

	@Test
	void editsNameTheVersionTheyReadAndKeepTheOrder() {
		long planId = this.templates.create("seed-003", this.owner, null, null);
		TeamUnit added = this.organisation.addTeamUnit(planId, new TeamUnitCommand("数据团队", null, 2, 3, null, null, null,
				null, "数据分析师", null, null, null, null, null, 0, null));

		assertThat(this.organisation.team(planId).get(0).getId()).isEqualTo(added.getId());
		assertThatThrownBy(
				() -> this.organisation
					.updateTeamUnit(planId, added.getId(),
							new TeamUnitCommand("数据团队", null, 2, 4, null, null, null, null, null, null, null, null,
									null, null, null, added.getVersion() + 1)))
			.isInstanceOf(StaleVersionException.class);
		assertThatThrownBy(() -> this.organisation.updateTeamUnit(planId, added.getId(), new TeamUnitCommand("数据团队",
				null, 5, 4, null, null, null, null, null, null, null, null, null, null, null, added.getVersion())))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThat(this.organisation.teamUnit(planId, added.getId()).getHeadcountMax()).isEqualTo(3);

		this.organisation.deleteTeamUnit(planId, added.getId(), added.getVersion());
		assertThat(this.organisation.team(planId)).extracting(TeamUnit::getPosition).containsExactly(0, 1, 2, 3);
	}

	@Test
	void aCostIsPaidOnlyToAVendorOfTheSamePlanWhichThenCannotBecomeAPartner() {
		long planId = this.templates.create("seed-002", this.owner, null, null);
		long otherPlan = this.templates.create("seed-003", this.owner, null, null);
		Partner logistics = this.organisation.partners(planId)
			.stream()
			.filter((p) -> p.getKind() == PartnerKind.PARTNER)
			.findFirst()
			.orElseThrow();
		Partner mcn = this.organisation.partners(planId).get(0);

		assertThatThrownBy(() -> this.organisation.addOffBudgetCost(planId,
				new OffBudgetCostCommand("物流费", null, null, logistics.getId(), null, null, null)))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.organisation.cost-not-vendor");
		assertThatThrownBy(() -> this.organisation.addOffBudgetCost(otherPlan,
				new OffBudgetCostCommand("MCN", null, null, mcn.getId(), null, null, null)))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "partnerId");
		assertThatThrownBy(() -> this.organisation.updatePartner(planId, mcn.getId(),
				new PartnerCommand(PartnerKind.PARTNER, mcn.getName(), null, null, null, null, null, null, null, null,
						mcn.getVersion())))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.organisation.vendor-has-costs");

		this.organisation.deletePartner(planId, mcn.getId(), mcn.getVersion());
		assertThat(this.organisation.offBudgetCosts(planId))
			.allMatch((cost) -> cost.getPartnerId() == null || !cost.getPartnerId().equals(mcn.getId()));
	}

	private static BudgetWarning find(List<BudgetWarning> warnings, String code) {
		return warnings.stream()
			.filter((w) -> w.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no finding " + code + " in " + warnings));
	}

}
