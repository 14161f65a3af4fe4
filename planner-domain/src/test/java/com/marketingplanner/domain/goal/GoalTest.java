package com.marketingplanner.domain.goal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.goal.Direction;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoalTest {

	private final Plan plan = new Plan("2026 plan", new AppUser("anna", "Anna", "x", Role.PLANNER),
			new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

	@Test
	void rejectsGoalWithBlankTitle() {
		assertThatThrownBy(() -> new Goal(this.plan, "  ", GoalCategory.MKT, GoalHorizon.SHORT))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("title"));
	}

	@Test
	void rejectsGoalWithoutCategoryOrHorizon() {
		assertThatThrownBy(() -> new Goal(this.plan, "Grow", null, GoalHorizon.SHORT))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("category"));
		assertThatThrownBy(() -> new Goal(this.plan, "Grow", GoalCategory.MKT, null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("horizon"));
	}

	@Test
	void keepsTheHorizonRangeAsThePlanStatesItAndDropsBlankTexts() {
		Goal goal = new Goal(this.plan, " Grow repurchase ", GoalCategory.RET, GoalHorizon.MID);
		goal.classify(GoalCategory.RET, GoalHorizon.MID, "≤ 1 year");
		goal.assignTo(" ");
		assertThat(goal.getTitle()).isEqualTo("Grow repurchase");
		assertThat(goal.getHorizonLabel()).isEqualTo("≤ 1 year");
		assertThat(goal.getOwner()).isNull();
	}

	@Test
	void kpiWithoutOwnCategoryTakesItsGoalsCategory() {
		Goal goal = new Goal(this.plan, "Brand", GoalCategory.BRD, GoalHorizon.LONG);
		Kpi kpi = new Kpi(this.plan, "NPS", new KpiTargets(TargetType.AT_LEAST, Direction.HIGHER_IS_BETTER, null,
				java.math.BigDecimal.valueOf(75), null, null));
		kpi.attachTo(goal, 0);
		assertThat(kpi.effectiveCategory()).isEqualTo(GoalCategory.BRD);
		kpi.categorise(GoalCategory.CNV);
		assertThat(kpi.effectiveCategory()).isEqualTo(GoalCategory.CNV);
	}

}
