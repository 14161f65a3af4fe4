package com.marketingplanner.domain.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A milestone gate of several conditions: each condition's state from the KPIs' latest
 * values or a person's check, and the gate's state from ALL or ANY.
 */
class GateRulesTest {

	private static final long USERS = 7L;

	private static final long REPURCHASE = 8L;

	private static final Instant NOON = Instant.parse("2026-04-01T12:00:00Z");

	private final Milestone milestone = new Milestone(
			new Plan("2026 plan", new AppUser("lead", "hash", "Lead", Role.PLANNER),
					new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))),
			"300k users", LocalDate.of(2026, 9, 30));

	private static GateCondition users() {
		return GateCondition.onKpi(new KpiThreshold(USERS, ComparisonOperator.AT_LEAST, new BigDecimal("300000")),
				"用户规模30万");
	}

	private static GateCondition repurchase() {
		return GateCondition.onKpi(new KpiThreshold(REPURCHASE, ComparisonOperator.AT_LEAST, new BigDecimal("20")),
				"复购率≥20%");
	}

	private static GateCondition channel() {
		return GateCondition.inWords("gateConditions[2]", "按ROI选定主渠道");
	}

	@Test
	void aGateOfAllConditionsIsMetOnlyWhenEveryConditionIs() {
		this.milestone.gateOn(GateMatch.ALL, List.of(users(), repurchase(), channel()));
		this.milestone.checkGateCondition(2, GateState.MET, "lead", NOON);

		GateEvaluation evaluation = this.milestone
			.evaluateGate(Map.of(USERS, new BigDecimal("310000"), REPURCHASE, new BigDecimal("18")));

		assertThat(evaluation.conditions()).containsExactly(GateState.MET, GateState.NOT_MET, GateState.MET);
		assertThat(evaluation.state()).isEqualTo(GateState.NOT_MET);
		assertThat(
				this.milestone.evaluateGate(Map.of(USERS, new BigDecimal("310000"), REPURCHASE, new BigDecimal("21")))
					.state())
			.isEqualTo(GateState.MET);
	}

	@Test
	void aConditionWithoutAMeasurementOrCheckKeepsTheGateOpen() {
		this.milestone.gateOn(null, List.of(users(), channel()));

		GateEvaluation evaluation = this.milestone.evaluateGate(Map.of(USERS, new BigDecimal("300000")));

		assertThat(this.milestone.getGateMatch()).isEqualTo(GateMatch.ALL);
		assertThat(evaluation.conditions()).containsExactly(GateState.MET, GateState.OPEN);
		assertThat(evaluation.state()).isEqualTo(GateState.OPEN);
		assertThat(this.milestone.evaluateGate(Map.of()).state()).isEqualTo(GateState.OPEN);
	}

	@Test
	void aGateOfAnyConditionIsMetByOneAndNotMetOnlyWhenAllFail() {
		this.milestone.gateOn(GateMatch.ANY, List.of(users(), channel()));

		assertThat(this.milestone.evaluateGate(Map.of(USERS, new BigDecimal("1"))).state()).isEqualTo(GateState.OPEN);
		this.milestone.checkGateCondition(1, GateState.NOT_MET, "lead", NOON);
		assertThat(this.milestone.evaluateGate(Map.of(USERS, new BigDecimal("1"))).state())
			.isEqualTo(GateState.NOT_MET);
		assertThat(this.milestone.evaluateGate(Map.of(USERS, new BigDecimal("400000"))).state())
			.isEqualTo(GateState.MET);
	}

	@Test
	void combiningStatesFollowsTheOrderOfSeverity() {
		assertThat(GateMatch.ALL.combine(List.of(GateState.OPEN, GateState.CANNOT_EVALUATE, GateState.MET)))
			.isEqualTo(GateState.CANNOT_EVALUATE);
		assertThat(GateMatch.ALL.combine(List.of(GateState.NOT_MET, GateState.CANNOT_EVALUATE)))
			.isEqualTo(GateState.NOT_MET);
		assertThat(GateMatch.ANY.combine(List.of(GateState.NOT_MET, GateState.CANNOT_EVALUATE)))
			.isEqualTo(GateState.CANNOT_EVALUATE);
		assertThat(GateMatch.ANY.combine(List.of(GateState.OPEN, GateState.CANNOT_EVALUATE))).isEqualTo(GateState.OPEN);
	}

	@Test
	void aPersonsCheckRecordsWhoAndWhenAndReopeningClearsThem() {
		this.milestone.gateOn(GateMatch.ALL, List.of(channel()));

		this.milestone.checkGateCondition(0, GateState.MET, "lead", NOON);
		GateCondition checked = this.milestone.getGateConditions().get(0);
		assertThat(checked.getCheckState()).isEqualTo(GateState.MET);
		assertThat(checked.getCheckedBy()).isEqualTo("lead");
		assertThat(checked.getCheckedAt()).isEqualTo(NOON);

		this.milestone.checkGateCondition(0, GateState.OPEN, "lead", NOON);
		assertThat(checked.getCheckState()).isEqualTo(GateState.OPEN);
		assertThat(checked.getCheckedBy()).isNull();
		assertThat(checked.getCheckedAt()).isNull();
	}

	@Test
	void onlyConditionsInWordsAreCheckedByAPerson() {
		this.milestone.gateOn(GateMatch.ALL, List.of(users(), channel()));

		assertThatThrownBy(() -> this.milestone.checkGateCondition(0, GateState.MET, "lead", NOON))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.milestone.gate.check-kpi-condition"));
		assertThatThrownBy(() -> this.milestone.checkGateCondition(1, GateState.CANNOT_EVALUATE, "lead", NOON))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.milestone.gate.check-state"));
		assertThatThrownBy(() -> this.milestone.checkGateCondition(5, GateState.MET, "lead", NOON))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.milestone.gate.condition-unknown"));
	}

	@Test
	void editingTheGateKeepsTheChecksOfConditionsItStillHas() {
		this.milestone.gateOn(GateMatch.ALL, List.of(channel(), GateCondition.inWords("x", "画像一致")));
		this.milestone.checkGateCondition(0, GateState.MET, "lead", NOON);
		this.milestone.checkGateCondition(1, GateState.NOT_MET, "lead", NOON);

		this.milestone.gateOn(GateMatch.ALL, List.of(users(), channel()));

		assertThat(this.milestone.getGateConditions()).extracting(GateCondition::getCheckState)
			.containsExactly(GateState.OPEN, GateState.MET);
	}

	@Test
	void aConditionNeedsAComparisonOrWords() {
		assertThatThrownBy(() -> GateCondition.of("gateConditions[1]", null, null, null, " "))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("gateConditions[1].text");
				assertThat(ex.messageKey()).isEqualTo("error.milestone.gate.condition-empty");
			});
		assertThatThrownBy(() -> GateCondition.of("gateConditions[0]", USERS, null, BigDecimal.TEN, null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.field()).isEqualTo("gateConditions[0].operator"));
	}

	@Test
	void theSingleGateOfEarlierClientsIsTheFirstKpiComparisonWithItsText() {
		this.milestone.gateOn(GateMatch.ALL, List.of(channel(), users(), repurchase()));

		assertThat(this.milestone.getGate().getKpiId()).isEqualTo(USERS);
		assertThat(this.milestone.getGateText()).isEqualTo("用户规模30万");
		this.milestone.gateOn(GateMatch.ALL, List.of(channel(), GateCondition
			.onKpi(new KpiThreshold(USERS, ComparisonOperator.AT_LEAST, new BigDecimal("300000")), null)));
		assertThat(this.milestone.getGate().getKpiId()).isEqualTo(USERS);
		assertThat(this.milestone.getGateText()).isNull();
		this.milestone.gateOn(GateMatch.ALL, List.of(channel()));
		assertThat(this.milestone.getGate()).isNull();
		assertThat(this.milestone.getGateText()).isEqualTo("按ROI选定主渠道");
		this.milestone.gateOn(GateMatch.ALL, List.of());
		assertThat(this.milestone.evaluateGate(Map.of())).isNull();
		assertThat(this.milestone.getGateText()).isNull();
	}

}
