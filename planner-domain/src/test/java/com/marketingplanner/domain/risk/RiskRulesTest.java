package com.marketingplanner.domain.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.risk.HeatMapCell;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Score, expected impact, heat-map buckets and life cycle of risks, without a database.
 */
class RiskRulesTest {

	private final Plan plan = new Plan("2026 plan", new AppUser("owner", "Owner", "hash", Role.PLANNER),
			new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

	private Risk risk(String probability, Integer impact, String amount) {
		Risk risk = new Risk(this.plan, 0, "技術", "Platform delay");
		risk.assess((probability != null) ? new BigDecimal(probability) : null, impact,
				(amount != null) ? new BigDecimal(amount) : null, null, null, null);
		return risk;
	}

	@Test
	void scoresProbabilityTimesImpact() {
		assertThat(risk("0.22", 4, null).score()).contains(new BigDecimal("0.8800"));
		assertThat(risk("1", 5, null).score()).contains(new BigDecimal("5.0000"));
		assertThat(risk("0", 3, null).score()).contains(new BigDecimal("0.0000"));
	}

	@Test
	void leavesScoreUndefinedAndSaysWhatIsMissing() {
		Risk noProbability = risk(null, 4, null);
		Risk noImpact = risk("0.18", null, null);
		Risk nothing = risk(null, null, null);

		assertThat(noProbability.score()).isEmpty();
		assertThat(noProbability.missingForScore()).containsExactly("probability");
		assertThat(noImpact.score()).isEmpty();
		assertThat(noImpact.missingForScore()).containsExactly("impact");
		assertThat(nothing.missingForScore()).containsExactly("probability", "impact");
		assertThat(risk("0.18", 2, null).missingForScore()).isEmpty();
	}

	@Test
	void computesExpectedMonetaryImpactAsProbabilityTimesAmount() {
		// seed 000: 22% chance of a 15% overrun of 2.8億 = 4200萬 -> 924萬
		assertThat(risk("0.22", null, "42000000").expectedMonetaryImpact()).contains(new BigDecimal("9240000.00"));
		assertThat(risk(null, 3, "42000000").expectedMonetaryImpact()).isEmpty();
		assertThat(risk("0.22", 3, null).expectedMonetaryImpact()).isEmpty();
	}

	@Test
	void placesRiskInTheHeatMapOnlyWithProbabilityAndImpact() {
		assertThat(risk("0.22", 4, null).heatMapCell()).contains(new HeatMapCell(2, 4));
		assertThat(risk("0.22", null, null).heatMapCell()).isEmpty();
	}

	@Test
	void rejectsProbabilityAboveOne() {
		Risk risk = risk("0.5", 3, null);

		assertThatThrownBy(() -> risk.assess(new BigDecimal("1.5"), 3, null, null, null, null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("probability");
				assertThat(ex.messageKey()).isEqualTo("error.risk.probability-out-of-range");
			});
		assertThat(risk.getProbability()).isEqualByComparingTo("0.5");
	}

	@Test
	void rejectsImpactOutsideOneToFiveAndNegativeAmount() {
		Risk risk = risk("0.5", 3, null);

		assertThatThrownBy(() -> risk.assess(null, 6, null, null, null, null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("impact"));
		assertThatThrownBy(() -> risk.assess(null, 0, null, null, null, null))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> risk.assess(null, null, new BigDecimal("-1"), null, null, null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.field()).isEqualTo("impactAmount"));
	}

	@Test
	void keepsProbabilityToFourDecimals() {
		assertThat(risk("0.123456", 1, null).getProbability()).isEqualByComparingTo("0.1235");
	}

	@Test
	void escalatesMonitoredRiskAndClosesIt() {
		Risk risk = risk("0.22", 4, null);
		risk.monitor();
		risk.escalate();
		assertThat(risk.getStatus()).isEqualTo(RiskStatus.MITIGATING);
		risk.occur();
		risk.close();
		assertThat(risk.getStatus()).isEqualTo(RiskStatus.CLOSED);
		risk.reopen();
		assertThat(risk.getStatus()).isEqualTo(RiskStatus.MONITORING);
	}

	@Test
	void refusesToEscalateAClosedRisk() {
		Risk risk = risk("0.22", 4, null);
		risk.close();

		assertThatThrownBy(risk::escalate).isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
			assertThat(ex.field()).isEqualTo("status");
			assertThat(ex.messageKey()).isEqualTo("error.risk.transition-not-allowed");
		});
	}

	@Test
	void requiresCategoryAndTitle() {
		assertThatThrownBy(() -> new Risk(this.plan, 0, " ", "Delay"))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("category"));
		assertThatThrownBy(() -> new Risk(this.plan, 0, "市場", null)).isInstanceOfSatisfying(BusinessRuleViolation.class,
				(ex) -> assertThat(ex.field()).isEqualTo("title"));
	}

	@Test
	void countsRisksPerHeatMapCellAndCombinesTheirProbabilities() {
		RiskHeatMap map = RiskHeatMap.of(List.of(risk("0.22", 4, null), risk("0.25", 4, null), risk("0.9", 1, null),
				risk(null, 5, null), risk("0.5", null, null)));

		assertThat(map.count(2, 4)).isEqualTo(2);
		assertThat(map.count(5, 1)).isEqualTo(1);
		assertThat(map.count(1, 1)).isZero();
		assertThat(map.unplaced()).hasSize(2);
		assertThat(map.rows()).hasSize(5);
		assertThat(map.rows().get(0).impact()).isEqualTo(5);
		assertThat(map.rows().get(1).counts()).containsExactly(0, 2, 0, 0, 0);
		// 1 - (0.78 * 0.75 * 0.1 * 0.5) = 0.97075
		assertThat(map.atLeastOneOccurs()).contains(new BigDecimal("0.9708"));
	}

	@Test
	void placesEveryRiskOnTheMapItsMarginsIncluded() {
		RiskHeatMap map = RiskHeatMap.of(List.of(risk("0.22", 4, null), risk(null, 5, null), risk(null, 5, null),
				risk("0.5", null, null), risk(null, null, null)));

		assertThat(map.rows().get(0).withoutProbability()).isEqualTo(2);
		assertThat(map.withoutImpactCounts()).containsExactly(0, 0, 1, 0, 0);
		assertThat(map.unassessed()).hasSize(1);
		assertThat(map.unplaced()).hasSize(4);
	}

	@Test
	void mapsAnImpactStatedAsAShareOfItsBaseOntoTheFiveLevelScale() {
		// seed 000: platform delay "budget +15%", competitor "share −10%", after-sales
		// "complaints +25%"
		Plan plan000 = new Plan("2026年电子商务营销方案", new AppUser("owner", "Owner", "hash", Role.PLANNER),
				new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
		plan000.budgetTotal(new BigDecimal("280000000"));
		Risk delay = new Risk(plan000, 0, "技术风险", "智能平台开发延期");
		delay.assess(new BigDecimal("0.22"), null, null, new BigDecimal("15"), ImpactBase.BUDGET, "预算超支15%");
		Risk complaints = new Risk(plan000, 1, "运营风险", "物流延误");
		complaints.assess(null, null, null, new BigDecimal("25"), ImpactBase.OTHER, "投诉率上升25%");
		Risk outage = new Risk(plan000, 2, "技术风险", "系统稳定性");
		outage.assess(null, null, new BigDecimal("20000000"), null, null, null);

		assertThat(delay.impactLevel()).contains(4);
		assertThat(delay.impactSource()).isEqualTo(ImpactSource.SHARE);
		assertThat(delay.lossAmount()).hasValueSatisfying((loss) -> assertThat(loss).isEqualByComparingTo("42000000"));
		assertThat(delay.expectedMonetaryImpact()).contains(new BigDecimal("9240000.00"));
		assertThat(delay.heatMapCell()).contains(new HeatMapCell(2, 4));
		assertThat(complaints.impactLevel()).contains(5);
		assertThat(complaints.lossAmount()).isEmpty();
		// 2000万 of a 2.8亿 budget = 7.1% → moderate
		assertThat(outage.impactLevel()).contains(3);
		assertThat(outage.impactSource()).isEqualTo(ImpactSource.AMOUNT);
		assertThat(risk(null, null, "20000000").impactLevel()).isEmpty();
	}

	@Test
	void firesATriggerOnlyStrictlyPastItsLine() {
		RiskTrigger roi = RiskTrigger.of("triggers[0]", 1L, null, TriggerCondition.BELOW, new BigDecimal("1.5"), null,
				null, null, "pause");
		RiskTrigger band = RiskTrigger.of("triggers[1]", null, "情绪指数", TriggerCondition.BETWEEN, new BigDecimal("40"),
				new BigDecimal("60"), null, null, null);
		RiskTrigger price = RiskTrigger.of("triggers[2]", null, "核心产品价格", TriggerCondition.CHANGE_BEYOND,
				new BigDecimal("5"), null, 1, "%", null);

		assertThat(roi.firesAt(new BigDecimal("1.3"), null)).isTrue();
		assertThat(roi.firesAt(new BigDecimal("1.5"), null)).isFalse();
		assertThat(band.firesAt(new BigDecimal("50"), null)).isTrue();
		assertThat(band.firesAt(new BigDecimal("60"), null)).isFalse();
		assertThat(price.firesAt(new BigDecimal("94"), new BigDecimal("100"))).isTrue();
		assertThat(price.firesAt(new BigDecimal("105"), new BigDecimal("100"))).isFalse();
		assertThat(price.firesAt(new BigDecimal("105"), null)).isFalse();
		assertThat(price.getPeriodDays()).isEqualTo(1);
	}

	@Test
	void refusesATriggerWithoutAMeasureOrWithABandUpsideDown() {
		assertThatThrownBy(() -> RiskTrigger.of("triggers[0]", null, " ", TriggerCondition.ABOVE, BigDecimal.ONE, null,
				null, null, null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.field()).isEqualTo("triggers[0].metric"));
		assertThatThrownBy(() -> RiskTrigger.of("triggers[1]", 1L, null, TriggerCondition.BETWEEN, BigDecimal.TEN,
				BigDecimal.ONE, null, null, null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.risk.trigger.upper-not-above"));
	}

	@Test
	void leavesCombinedProbabilityUndefinedWithoutAnyProbability() {
		assertThat(RiskHeatMap.of(List.of(risk(null, 3, null))).atLeastOneOccurs()).isEmpty();
	}

}
