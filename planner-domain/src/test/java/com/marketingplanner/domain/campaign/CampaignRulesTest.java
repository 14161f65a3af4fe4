package com.marketingplanner.domain.campaign;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignRulesTest {

	private final Plan plan = new Plan("2026 plan", new AppUser("owner", "Owner", "hash", Role.PLANNER),
			new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

	@Test
	void rejectsCampaignThatEndsBeforeItStarts() {
		assertThatThrownBy(
				() -> new Campaign(this.plan, "Double 11", LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 1)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("endDate");
				assertThat(ex.messageKey()).isEqualTo("error.campaign.end-before-start");
			});
	}

	@Test
	void isActiveFromItsStartToItsEndInclusive() {
		Campaign campaign = new Campaign(this.plan, "Double 11", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11));

		assertThat(campaign.isActiveOn(LocalDate.of(2026, 11, 1))).isTrue();
		assertThat(campaign.isActiveOn(LocalDate.of(2026, 11, 11))).isTrue();
		assertThat(campaign.isActiveOn(LocalDate.of(2026, 10, 31))).isFalse();
		assertThat(campaign.isActiveOn(LocalDate.of(2026, 11, 12))).isFalse();
	}

	@Test
	void requiresAName() {
		assertThatThrownBy(() -> new Campaign(this.plan, "", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("name"));
	}

}
