package com.marketingplanner.domain.goal;

import java.time.LocalDate;

import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.domain.user.Role;

/** Creates plans (and their owner) for the service tests of this package. */
final class GoalTestPlans {

	private GoalTestPlans() {
	}

	static long newPlan(AppUserRepository users, PlanService plans, String title) {
		if (users.findByUsername("goal-owner").isEmpty()) {
			users.save(new AppUser("goal-owner", "Goal Owner", "{noop}x", Role.PLANNER));
		}
		return plans
			.create(new PlanCommand(title, null, null, "CNY", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
					null, null), "goal-owner")
			.getId();
	}

}
