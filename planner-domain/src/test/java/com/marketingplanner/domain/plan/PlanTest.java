package com.marketingplanner.domain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanTest {

	private final AppUser owner = new AppUser("owner", "Owner", "{noop}x", Role.PLANNER);

	private Plan plan() {
		return new Plan("2026 plan", this.owner, new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
	}

	@Test
	void walksTheWholeLifeCycle() {
		Plan plan = plan();
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
		plan.submitForReview();
		plan.approve();
		plan.activate();
		plan.close();
		plan.archive();
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.ARCHIVED);
	}

	@Test
	void reviewCanSendAPlanBackToDraft() {
		Plan plan = plan();
		plan.submitForReview();
		plan.returnToDraft();
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void refusesToSkipApproval() {
		Plan plan = plan();
		assertThatThrownBy(plan::activate).isInstanceOf(BusinessRuleViolation.class)
			.hasMessageContaining("DRAFT")
			.hasMessageContaining("ACTIVE");
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void anActivePlanIsClosedBeforeItIsArchived() {
		Plan plan = plan();
		plan.submitForReview();
		plan.approve();
		plan.activate();
		assertThatThrownBy(plan::archive).isInstanceOf(BusinessRuleViolation.class);
	}

	@ParameterizedTest
	@EnumSource(value = PlanStatus.class, names = { "CLOSED", "ARCHIVED" })
	void closedAndArchivedPlansAreReadOnly(PlanStatus status) {
		assertThat(status.isEditable()).isFalse();
	}

	@Test
	void anArchivedPlanGoesNowhere() {
		assertThat(PlanStatus.ARCHIVED.next()).isEmpty();
	}

	@Test
	void rejectsAnUnknownCurrency() {
		Plan plan = plan();
		assertThatThrownBy(() -> plan.useCurrency("XYZ")).isInstanceOf(BusinessRuleViolation.class)
			.extracting((ex) -> ((BusinessRuleViolation) ex).field())
			.isEqualTo("currency");
		plan.useCurrency("USD");
		assertThat(plan.getCurrency()).isEqualTo("USD");
	}

	@Test
	void rejectsANegativeTotalBudget() {
		Plan plan = plan();
		assertThatThrownBy(() -> plan.budgetTotal(new BigDecimal("-1"))).isInstanceOf(BusinessRuleViolation.class);
		plan.budgetTotal(new BigDecimal("280000000"));
		assertThat(plan.getTotalBudget()).isEqualByComparingTo("280000000.00");
	}

	@Test
	void rejectsAPeriodThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void requiresATitle() {
		assertThatThrownBy(() -> plan().retitle("  ", null)).isInstanceOf(BusinessRuleViolation.class);
	}

}
