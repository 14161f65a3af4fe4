package com.marketingplanner.domain.organisation;

import java.math.BigDecimal;
import java.util.List;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of team units, partners, vendors' fees and costs outside the budget. */
class OrganisationRulesTest {

	@Test
	void aHeadcountRangeMustBeOrdered() {
		TeamUnit unit = new TeamUnit(null, 0, "核心团队");

		assertThatThrownBy(() -> unit.staff(80, 50, null)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "headcountMax")
			.hasFieldOrPropertyWithValue("messageKey", "error.organisation.range-reversed");
		assertThatThrownBy(() -> unit.structure(1, 3, 2)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "specialistsMax");
		assertThatThrownBy(() -> unit.staff(null, null, new BigDecimal("120")))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "staffShare");
	}

	@Test
	void aUnitOfLeadsAndSpecialistsHasTheirSumAsItsRange() {
		TeamUnit group = new TeamUnit(null, 0, "策略规划组");
		group.structure(1, 2, 3);

		assertThat(group.fewestPeople()).isEqualTo(3);
		assertThat(group.mostPeople()).isEqualTo(4);
	}

	@Test
	void anOpenEndedRangeHasNoMaximumAndAShareOfStaffCountsPeopleOfAGivenStaff() {
		TeamUnit partners = new TeamUnit(null, 0, "供应链团队");
		partners.staff(20, null, null);
		TeamUnit compliance = new TeamUnit(null, 1, "法律合规团队");
		compliance.staff(null, null, new BigDecimal("5"));

		assertThat(partners.mostPeople()).isNull();
		assertThat(compliance.fewestPeople()).isNull();
		assertThat(compliance.peopleForStaffOf(65)).isEqualTo(3);
	}

	@Test
	void staffingAddsUpEachVersionOfTheOrganisationSeparately() {
		TeamUnit a = unit("电商运营", "2.5节", 10, 10);
		TeamUnit b = unit("供应链管理", "2.5节", 8, 8);
		TeamUnit c = unit("电商运营", "4.4节", 20, 20);
		TeamUnit d = unit("供应链", "4.4节", 15, null);

		List<Staffing> totals = Staffing.of(List.of(a, b, c, d));

		assertThat(totals).containsExactly(new Staffing("2.5节", 2, 18, 18, 0), new Staffing("4.4节", 2, 35, null, 0));
		assertThat(totals.get(0).isExact()).isTrue();
		assertThat(Staffing.of(List.of(new TeamUnit(null, 0, "运营中心")))).singleElement()
			.satisfies((chart) -> assertThat(chart.fewest()).isNull());
	}

	@Test
	void aPartnerWorksWithoutAFeeAndAVendorStatesItsFeeWithABasis() {
		Partner suppliers = new Partner(null, 0, PartnerKind.PARTNER, "核心供应商");
		Partner mcn = new Partner(null, 1, PartnerKind.VENDOR, "MCN机构");

		assertThatThrownBy(() -> suppliers.charge(new BigDecimal("50000"), FeeBasis.PER_MONTH, null, null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.organisation.partner-without-fee");
		assertThatThrownBy(() -> mcn.charge(new BigDecimal("50000"), null, null, null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "feeBasis");
		assertThatThrownBy(() -> mcn.charge(new BigDecimal("-1"), FeeBasis.FIXED, null, null))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "fee");
		assertThatThrownBy(() -> suppliers.describe(0, null, null)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "count");
	}

	@Test
	void aFeeCostsWhatItsBasisSaysOverTheMonthsOfTheBudget() {
		BigDecimal budget = new BigDecimal("5000000");

		assertThat(FeeBasis.PER_MONTH.costOver(new BigDecimal("50000"), 12, budget)).isEqualByComparingTo("600000");
		assertThat(FeeBasis.PER_YEAR.costOver(new BigDecimal("300000"), 6, budget)).isEqualByComparingTo("150000");
		assertThat(FeeBasis.FIXED.costOver(new BigDecimal("2000000"), 12, budget)).isEqualByComparingTo("2000000");
		assertThat(FeeBasis.SHARE_OF_BUDGET.costOver(new BigDecimal("5"), 12, budget)).isEqualByComparingTo("250000");
		assertThat(FeeBasis.PER_UNIT.costOver(new BigDecimal("12000"), 12, budget)).isNull();
		assertThat(FeeBasis.SHARE_OF_BUDGET.costOver(new BigDecimal("5"), 12, null)).isNull();
	}

	@Test
	void aVendorsCapIsAShareOfTheBudget() {
		Partner sas = new Partner(null, 0, PartnerKind.VENDOR, "SAS");
		sas.charge(null, null, null, new BigDecimal("5"));

		assertThat(sas.feeCap(new BigDecimal("280000000"))).isEqualByComparingTo("14000000");
		assertThat(sas.feeOver(12, new BigDecimal("280000000"))).isNull();
	}

	@Test
	void aCostOutsideTheBudgetIsAnAmountOrTheFeeOfItsVendor() {
		OffBudgetCost charity = new OffBudgetCost(null, 0, "公益项目投入");
		charity.cost(new BigDecimal("1000000"), FeeBasis.PER_YEAR);
		OffBudgetCost mcnFee = new OffBudgetCost(null, 1, "MCN机构服务费");
		Partner mcn = new Partner(null, 0, PartnerKind.VENDOR, "MCN机构");
		mcn.charge(new BigDecimal("50000"), FeeBasis.PER_MONTH, null, null);

		assertThat(charity.costOver(12, null, null)).isEqualByComparingTo("1000000");
		assertThat(mcnFee.costOver(12, null, mcn)).isEqualByComparingTo("600000");
		assertThat(mcnFee.costOver(12, null, null)).isNull();
		assertThatThrownBy(() -> charity.cost(new BigDecimal("12000"), FeeBasis.PER_UNIT))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.organisation.cost-basis");
		assertThatThrownBy(() -> charity.cost(null, FeeBasis.FIXED)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "amount");
	}

	private static TeamUnit unit(String name, String scheme, Integer min, Integer max) {
		TeamUnit unit = new TeamUnit(null, 0, name);
		unit.fileUnder(scheme);
		unit.staff(min, max, null);
		return unit;
	}

}
