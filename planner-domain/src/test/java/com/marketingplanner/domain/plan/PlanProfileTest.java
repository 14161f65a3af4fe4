package com.marketingplanner.domain.plan;

import java.time.LocalDate;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A plan's profile: its kind, its business, and how its source states money. */
class PlanProfileTest {

	private final Plan plan = new Plan("部署电商工作方案", new AppUser("owner", "owner", "{noop}x", Role.PLANNER),
			new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));

	@Test
	void aNewPlanStatesItsCurrencyAndHasNoKindYet() {
		assertThat(this.plan.isCurrencyStated()).isTrue();
		assertThat(this.plan.getPlanKind()).isNull();
		assertThat(this.plan.getContextCurrency()).isNull();
	}

	@Test
	void theProfileKeepsKindAndBusinessWithBlankBusinessAsNone() {
		this.plan.profile(PlanKind.BUSINESS_LAUNCH, "  传统企业电商事业部 ");
		assertThat(this.plan.getBusinessContext()).isEqualTo("传统企业电商事业部");

		this.plan.profile(PlanKind.OTHER, " ");
		assertThat(this.plan.getBusinessContext()).isNull();
	}

	@Test
	void backgroundFiguresAreInAnotherKnownCurrency() {
		assertThatThrownBy(() -> this.plan.currencyAsStated(true, "CNY")).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "contextCurrency")
			.hasFieldOrPropertyWithValue("messageKey", "error.plan.context-currency-same");
		assertThatThrownBy(() -> this.plan.currencyAsStated(true, "XYZ")).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "contextCurrency");

		this.plan.currencyAsStated(false, "USD");

		assertThat(this.plan.isCurrencyStated()).isFalse();
		assertThat(this.plan.getContextCurrency()).isEqualTo("USD");
	}

	@Test
	void aCommandWithoutAnyProfileFieldLeavesTheProfileAlone() {
		PlanCommand old = new PlanCommand("t", null, null, "CNY", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				null, 3L);
		PlanCommand withKind = new PlanCommand("t", null, null, "CNY", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), null, 3L, PlanKind.OTHER, null, null, null);

		assertThat(old.hasProfile()).isFalse();
		assertThat(withKind.hasProfile()).isTrue();
		assertThat(withKind.currencyStatedOrDefault()).isTrue();
	}

}
