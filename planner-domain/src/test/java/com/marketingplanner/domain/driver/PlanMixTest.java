package com.marketingplanner.domain.driver;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.support.DomainServices;
import com.marketingplanner.domain.template.PlansFromTemplates;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mixes that must sum to 100 %: seed 004's hold, its illegible "?0 %" cannot be checked
 * (never a false 100 %), and a mix off by points is flagged.
 */
@DomainJpaTest
@Import(DomainServices.class)
class PlanMixTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	PlanMixService mixes;

	@Test
	void seed004sMixesSumToAHundredExceptTheUsersWhoseNewShareIsIllegible() {
		long planId = this.templates.create("seed-004", DomainServices.createUser(this.jdbc, "PLANNER"), null, null);

		List<PlanMix> all = this.mixes.all(planId);

		assertThat(all).hasSize(6);
		PlanMix users = this.mixes.flagged(planId).get(0);
		assertThat(this.mixes.flagged(planId)).hasSize(1);
		assertThat(users.getName()).isEqualTo("用户分层");
		MixCheck check = users.check();
		assertThat(check.status()).isEqualTo(MixCheck.Status.CANNOT_BE_CHECKED);
		assertThat(check.knownSum()).isEqualByComparingTo("70");
		assertThat(check.difference()).isEqualByComparingTo("30");
	}

	@Test
	void aMixOffByPointsIsFlaggedWithTheDifference() {
		assertThat(check("40", "30", "20").status()).isEqualTo(MixCheck.Status.DOES_NOT_SUM);
		assertThat(check("40", "30", "20").difference()).isEqualByComparingTo("-10");
		assertThat(check("33.33", "33.33", "33.33").status()).isEqualTo(MixCheck.Status.SUMS_TO_100);
		// the legible shares already pass 100 %: no illegible share can mend that
		assertThat(check("70", "40", null).status()).isEqualTo(MixCheck.Status.DOES_NOT_SUM);
	}

	@Test
	void aShareNeedsALabelAndLiesWithinAHundredPercent() {
		long planId = this.templates.create("seed-003", DomainServices.createUser(this.jdbc, "PLANNER"), null, null);

		assertThatThrownBy(() -> this.mixes.create(planId,
				new PlanMixCommand("渠道", null, null,
						List.of(new PlanMixCommand.Share("A", new BigDecimal("60")),
								new PlanMixCommand.Share(" ", null)),
						null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.field()).isEqualTo("shares[1].label"));
		assertThat(this.mixes.all(planId)).isEmpty();
	}

	static MixCheck check(String... shares) {
		return MixCheck
			.of(Arrays.stream(shares).map((share) -> (share != null) ? new BigDecimal(share) : null).toList());
	}

}
