package com.marketingplanner.domain.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The invariants budget lines, spend entries and allocation rules guard themselves. */
class BudgetRulesTest {

	static final Plan PLAN = new Plan("Plan", null,
			new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

	static BudgetLine line() {
		return new BudgetLine(PLAN, null, 0, "Ads");
	}

	static void assertViolation(Runnable action, String field, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleViolation.class, (violation) -> {
			assertThat(violation.field()).isEqualTo(field);
			assertThat(violation.messageKey()).isEqualTo(key);
		});
	}

	@Test
	void rejectsBudgetLineWithNegativeAmount() {
		assertViolation(() -> line().plan(new BigDecimal("-1"), null, null), "plannedAmount",
				"error.budget.amount-negative");
	}

	@Test
	void rejectsBudgetLineWithNegativePercentage() {
		assertViolation(() -> line().plan(null, new BigDecimal("-5"), PercentageBase.TOTAL), "plannedPercentage",
				"error.budget.percentage-negative");
	}

	@Test
	void keepsBothTheAmountAndTheShareASourceStatesForALine() {
		BudgetLine line = line();
		line.plan(new BigDecimal("12000000"), new BigDecimal("40"), PercentageBase.PARENT);

		assertThat(line.getPlannedAmount()).isEqualByComparingTo("12000000");
		assertThat(line.getPlannedPercentage()).isEqualByComparingTo("40");
		assertThat(line.getPercentageBase()).isEqualTo(PercentageBase.PARENT);
	}

	@Test
	void rejectsPercentageWithoutItsBase() {
		assertViolation(() -> line().plan(null, BigDecimal.TEN, null), "percentageBase",
				"error.budget.line.base-required");
	}

	@Test
	void rejectsBudgetLineWithoutName() {
		assertViolation(() -> new BudgetLine(PLAN, null, 0, "  "), "name", "error.budget.line.name-required");
	}

	@Test
	void rejectsQuarterOutsideOneToFour() {
		assertViolation(() -> line().assign(null, null, 5), "quarter", "error.budget.line.quarter-invalid");
	}

	@Test
	void rejectsOverlongTag() {
		assertViolation(() -> line().tag(List.of("x".repeat(51))), "tags", "error.budget.line.tag-too-long");
	}

	@Test
	void keepsTagsTrimmedLowerCaseAndWithoutBlanks() {
		BudgetLine line = line();
		line.tag(List.of(" Tech ", "tech", "", "Long-Term"));

		assertThat(line.getTags()).containsExactly("long-term", "tech");
	}

	@Test
	void dropsTheBaseOfALinePlannedAsAnAmount() {
		BudgetLine line = line();
		line.plan(new BigDecimal("120000000"), null, PercentageBase.TOTAL);

		assertThat(line.getPlannedAmount()).isEqualByComparingTo("120000000");
		assertThat(line.getPercentageBase()).isNull();
	}

	@Test
	void changesNothingWhenARevisionBreaksARule() {
		BudgetLine line = line();
		line.revise("Ads", null, new BigDecimal("100"), null, null, null, null, 1, List.of("digital"));

		assertViolation(
				() -> line.revise("Renamed", null, new BigDecimal("100"), null, null, null, null, 7, List.of("brand")),
				"quarter", "error.budget.line.quarter-invalid");
		assertThat(line.getName()).isEqualTo("Ads");
		assertThat(line.getQuarter()).isEqualTo(1);
		assertThat(line.getTags()).containsExactly("digital");
	}

	@Test
	void rejectsSpendWithNegativeAmount() {
		assertViolation(() -> new ActualSpend(line(), LocalDate.of(2026, 1, 5), new BigDecimal("-0.01"), null, null),
				"amount", "error.budget.amount-negative");
	}

	@Test
	void rejectsSpendWithoutDay() {
		assertViolation(() -> new ActualSpend(line(), null, BigDecimal.ONE, null, null), "spentOn",
				"error.budget.spend.date-required");
	}

	@Test
	void acceptsSpendOfZero() {
		assertThat(new ActualSpend(line(), LocalDate.of(2026, 1, 5), BigDecimal.ZERO, " invoice ", null).getSource())
			.isEqualTo("invoice");
	}

	static AllocationRule rule(AllocationRuleKind kind, RuleScope scope, String value, String share, String threshold,
			PercentageBase base) {
		return new AllocationRule(PLAN, 0, kind, scope, value, (share != null) ? new BigDecimal(share) : null,
				(threshold != null) ? new BigDecimal(threshold) : null, base, null);
	}

	@Test
	void rejectsShareRuleWithoutShare() {
		assertViolation(() -> rule(AllocationRuleKind.MIN_SHARE, RuleScope.TAG, "tech", null, null, null), "share",
				"error.budget.rule.share-required");
	}

	@Test
	void rejectsShareAboveOneHundredPercent() {
		assertViolation(() -> rule(AllocationRuleKind.MAX_SHARE, RuleScope.TAG, "tech", "100.5", null, null), "share",
				"error.budget.rule.share-range");
	}

	@Test
	void rejectsFloorWithoutThreshold() {
		assertViolation(() -> rule(AllocationRuleKind.ROI_FLOOR, RuleScope.PLAN, null, "10", null, null), "threshold",
				"error.budget.rule.threshold-required");
	}

	@Test
	void rejectsChannelCapOnATag() {
		assertViolation(() -> rule(AllocationRuleKind.CHANNEL_CAP, RuleScope.TAG, "digital", "28", null, null),
				"scopeType", "error.budget.rule.cap-needs-channel");
	}

	@Test
	void acceptsAPlanWideChannelCapForEveryChannelWithoutItsOwn() {
		assertThat(rule(AllocationRuleKind.CHANNEL_CAP, RuleScope.PLAN, null, "15", null, PercentageBase.MONTHLY)
			.getShare()).isEqualByComparingTo("15");
	}

	@Test
	void rejectsReserveOnAChannel() {
		assertViolation(() -> rule(AllocationRuleKind.RESERVE, RuleScope.CHANNEL, "douyin", "10", null, null),
				"scopeType", "error.budget.rule.reserve-scope");
	}

	@Test
	void rejectsTagScopeWithoutTag() {
		assertViolation(() -> rule(AllocationRuleKind.MIN_SHARE, RuleScope.TAG, " ", "40", null, null), "scopeValue",
				"error.budget.rule.scope-value-required");
	}

	@Test
	void rejectsParentBaseForAScopeOtherThanALine() {
		assertViolation(
				() -> rule(AllocationRuleKind.MIN_SHARE, RuleScope.TAG, "tech", "40", null, PercentageBase.PARENT),
				"base", "error.budget.rule.parent-base-needs-line");
	}

	@Test
	void keepsOnlyTheNumberItsKindUsesAndDefaultsTheBaseToTheTotal() {
		AllocationRule rule = rule(AllocationRuleKind.MIN_SHARE, RuleScope.TAG, "Tech", "40", "3", null);

		assertThat(rule.getScopeValue()).isEqualTo("tech");
		assertThat(rule.getShare()).isEqualByComparingTo("40");
		assertThat(rule.getThreshold()).isNull();
		assertThat(rule.getBase()).isEqualTo(PercentageBase.TOTAL);
	}

	@Test
	void dropsTheScopeValueOfAPlanWideRule() {
		AllocationRule rule = rule(AllocationRuleKind.OVERSPEND_FREEZE, RuleScope.PLAN, "ignored", null, "10", null);

		assertThat(rule.getScopeValue()).isNull();
		assertThat(rule.getThreshold()).isEqualByComparingTo("10");
	}

}
