package com.marketingplanner.domain.driver;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiFilter;
import com.marketingplanner.domain.goal.KpiService;
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
 * Seed 004's driver tree on PostgreSQL: GMV = visitors × 12 × conversion × AOV implies
 * the conversion the seed never states; the monthly GMV disagrees with the year's;
 * cycles, changes and benchmark multiples are refused as drivers; a what-if moves the
 * dependents and is applied in one transaction at the versions read.
 */
@DomainJpaTest
@Import(DomainServices.class)
class KpiFormulaServiceTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	KpiFormulaService formulas;

	@Autowired
	KpiService kpis;

	long planId;

	Map<String, Kpi> byName;

	@BeforeEach
	void plan004() {
		this.planId = this.templates.create("seed-004", DomainServices.createUser(this.jdbc, "PLANNER"), null, null);
		this.byName = new java.util.HashMap<>();
		this.kpis.all(this.planId, KpiFilter.none()).forEach((kpi) -> this.byName.putIfAbsent(kpi.getName(), kpi));
	}

	long kpi(String name) {
		return this.byName.get(name).getId();
	}

	@Test
	void theYearsGmvImpliesAConversionOfAboutNinetyThreeBasisPoints() {
		FormulaCheck gmv = check("首年GMV");

		assertThat(gmv.status()).isEqualTo(FormulaStatus.IMPLIES_DRIVER);
		FormulaCheck.FactorLevel conversion = gmv.factors().get(2);
		assertThat(conversion.kpi().name()).isEqualTo("转化率（访客→订单）");
		assertThat(conversion.implied()).isTrue();
		assertThat(conversion.level()).isEqualByComparingTo("0.9259");
		assertThat(gmv.factors().get(1).constant()).isEqualByComparingTo("12");
	}

	@Test
	void theMonthlyGmvDisagreesWithATwelfthOfTheYearAndBothNumbersAreKept() {
		FormulaCheck monthly = check("月均GMV");

		assertThat(monthly.status()).isEqualTo(FormulaStatus.DISAGREES);
		assertThat(monthly.stated()).isEqualByComparingTo("8000000");
		assertThat(monthly.derived()).isEqualByComparingTo("8333333.33");
		assertThat(monthly.gapPercent()).isEqualByComparingTo("4.17");
	}

	@Test
	void aFormulaThatWouldMakeAKpiDependOnItselfIsRefused() {
		KpiFormulaCommand visitorsFromGmv = new KpiFormulaCommand(kpi("月均访客数"), "访客 = 月均GMV", null,
				List.of(new KpiFormulaCommand.Factor(kpi("月均GMV"), null, false, null)), null);

		assertThatThrownBy(() -> this.formulas.create(this.planId, visitorsFromGmv))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("error.driver.cycle-through");
				assertThat(ex.getMessage()).contains("月均访客数 → 月均GMV → 首年GMV → 月均访客数");
			});
		assertThat(this.formulas.all(this.planId)).hasSize(2);
	}

	@Test
	void aRelativeChangeCannotDriveAFormulaNorCanAKpiHaveTwo() {
		KpiFormulaCommand fromChange = new KpiFormulaCommand(kpi("月均访客数"), "访客", null,
				List.of(new KpiFormulaCommand.Factor(kpi("客单价（交叉销售）"), null, false, null)), null);
		KpiFormulaCommand second = new KpiFormulaCommand(kpi("首年GMV"), "GMV", null,
				List.of(new KpiFormulaCommand.Factor(kpi("客单价"), null, false, null)), null);

		assertThatThrownBy(() -> this.formulas.create(this.planId, fromChange))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("factors[0].kpiId");
				assertThat(ex.messageKey()).isEqualTo("error.driver.not-a-level");
			});
		assertThatThrownBy(() -> this.formulas.create(this.planId, second)).isInstanceOfSatisfying(
				BusinessRuleViolation.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("error.driver.kpi-has-formula"));
	}

	@Test
	void aPercentDriverIsReadAsAFraction() {
		long repurchase = kpi("复购率");
		long derived = kpi("私域用户池");
		this.formulas.create(this.planId,
				new KpiFormulaCommand(derived, "池 = 用户 × 复购率", null,
						List.of(new KpiFormulaCommand.Factor(kpi("用户规模"), null, false, null),
								new KpiFormulaCommand.Factor(repurchase, null, false, null)),
						null));

		FormulaCheck check = check("私域用户池");

		// 500,000 users × 25 % = 125,000, against the stated 1,000,000
		assertThat(check.derived()).isEqualByComparingTo("125000");
		assertThat(check.status()).isEqualTo(FormulaStatus.DISAGREES);
	}

	@Test
	void tenPercentMoreVisitorsMoveTheYearsAndTheMonthlyGmvWithoutSavingAnything() {
		WhatIfResult result = this.formulas.whatIf(this.planId,
				new WhatIfCommand(kpi("月均访客数"), WhatIfCommand.Change.BY_PERCENT, BigDecimal.TEN, null));

		assertThat(result.moves()).extracting((move) -> move.kpi().name()).containsExactly("月均访客数", "首年GMV", "月均GMV");
		assertThat(result.moves().get(0).after()).isEqualByComparingTo("3300000");
		assertThat(result.moves().get(1).before()).isEqualByComparingTo("100000000");
		assertThat(result.moves().get(1).after()).isEqualByComparingTo("110000000");
		assertThat(result.moves().get(1).delta()).isEqualByComparingTo("10000000");
		assertThat(result.moves().get(2).after()).isEqualByComparingTo("8800000");
		assertThat(result.moves().get(2).changePercent()).isEqualByComparingTo("10");
		assertThat(this.kpis.get(this.planId, kpi("首年GMV")).getTarget()).isEqualByComparingTo("100000000");
	}

	@Test
	void aConversionOfOnePercentGivesTheYearsGmvItWouldReach() {
		WhatIfResult result = this.formulas.whatIf(this.planId,
				new WhatIfCommand(kpi("转化率（访客→订单）"), WhatIfCommand.Change.TO, BigDecimal.ONE, null));

		assertThat(result.moves().get(0).before()).isEqualByComparingTo("0.9259");
		assertThat(result.moves().get(1).after()).isEqualByComparingTo("108000000");
		assertThat(result.moves().get(0).stated()).isFalse();
		assertThatThrownBy(() -> this.formulas.apply(this.planId,
				new WhatIfCommand(kpi("转化率（访客→订单）"), WhatIfCommand.Change.TO, BigDecimal.ONE, List.of())))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.driver.apply-needs-target"));
	}

	@Test
	void applyingAWhatIfWritesEveryMovedTargetAtTheVersionsRead() {
		List<WhatIfCommand.KpiVersion> versions = List.of(version("月均访客数"), version("首年GMV"), version("月均GMV"));
		WhatIfCommand command = new WhatIfCommand(kpi("月均访客数"), WhatIfCommand.Change.BY_PERCENT, BigDecimal.TEN,
				versions);

		this.formulas.apply(this.planId, command);

		assertThat(this.kpis.get(this.planId, kpi("月均访客数")).getTarget()).isEqualByComparingTo("3300000");
		assertThat(this.kpis.get(this.planId, kpi("首年GMV")).getTarget()).isEqualByComparingTo("110000000");
		assertThat(this.kpis.get(this.planId, kpi("月均GMV")).getTarget()).isEqualByComparingTo("8800000");
		// the same versions again are stale now, and nothing moves
		assertThatThrownBy(() -> this.formulas.apply(this.planId, command)).isInstanceOf(StaleVersionException.class);
		assertThat(this.kpis.get(this.planId, kpi("首年GMV")).getTarget()).isEqualByComparingTo("110000000");
	}

	@Test
	void aWhatIfOnAKpiInNoFormulaIsRefused() {
		assertThatThrownBy(() -> this.formulas.whatIf(this.planId,
				new WhatIfCommand(kpi("NPS"), WhatIfCommand.Change.BY_PERCENT, BigDecimal.TEN, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.field()).isEqualTo("driverKpiId"));
	}

	WhatIfCommand.KpiVersion version(String name) {
		return new WhatIfCommand.KpiVersion(kpi(name), this.kpis.get(this.planId, kpi(name)).getVersion());
	}

	FormulaCheck check(String kpiName) {
		return this.formulas.check(this.planId)
			.stream()
			.filter((check) -> check.kpi().name().equals(kpiName))
			.findFirst()
			.orElseThrow();
	}

}
