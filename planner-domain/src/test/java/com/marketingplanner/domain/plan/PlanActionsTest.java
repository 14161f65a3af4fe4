package com.marketingplanner.domain.plan;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.DomainException;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actions pages offer ({@link PlanActions#moves()}) are exactly the ones the plan's
 * intention methods accept, for every status and every kind of person.
 */
class PlanActionsTest {

	private static final DateRange PERIOD = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

	@ParameterizedTest
	@EnumSource(PlanStatus.class)
	void offersExactlyTheMovesThePlanAccepts(PlanStatus status) {
		for (String persona : List.of("owner", "editor", "viewer", "outsider", "approver", "approving-editor", "admin",
				"submitting-approver")) {
			for (PlanStatus target : PlanStatus.values()) {
				Cast cast = new Cast();
				Plan plan = cast.planIn(status);
				AppUser person = cast.people.get(persona);
				boolean offered = plan.actionsFor(person).moves().contains(target);
				boolean accepted = accepts(plan, person, target);
				assertThat(offered).as("%s moving a %s plan to %s", persona, status, target).isEqualTo(accepted);
			}
		}
	}

	private static boolean accepts(Plan plan, AppUser person, PlanStatus target) {
		try {
			switch (target) {
				case IN_REVIEW -> plan.submitForReview(person);
				case APPROVED -> plan.approve(person);
				case DRAFT -> {
					if (plan.getStatus() == PlanStatus.IN_REVIEW) {
						if (plan.accessFor(person).decidesAsReviewer()) {
							plan.returnForChanges(person, "Please revise the budget split");
						}
						else {
							plan.withdrawFromReview(person);
						}
					}
					else {
						plan.startRevision(person);
					}
				}
				case ACTIVE -> plan.activate(person);
				case CLOSED -> plan.close(person);
				case ARCHIVED -> plan.archive(person);
			}
			return true;
		}
		catch (DomainException ex) {
			return false;
		}
	}

	/** A plan with an owner, members and outsiders of every kind. */
	private static final class Cast {

		final Map<String, AppUser> people = Map.of("owner", user("owner", Role.PLANNER), "editor",
				user("editor", Role.PLANNER), "viewer", user("viewer", Role.VIEWER), "outsider",
				user("outsider", Role.PLANNER), "approver", user("approver", Role.APPROVER), "approving-editor",
				user("approving-editor", Role.APPROVER), "admin", user("admin", Role.ADMIN), "submitting-approver",
				user("submitting-approver", Role.APPROVER));

		Plan planIn(PlanStatus status) {
			AppUser owner = this.people.get("owner");
			Plan plan = new Plan("Plan", owner, PERIOD);
			plan.addMember(this.people.get("editor"), MemberRole.EDITOR);
			plan.addMember(this.people.get("viewer"), MemberRole.VIEWER);
			plan.addMember(this.people.get("approving-editor"), MemberRole.EDITOR);
			plan.addMember(this.people.get("submitting-approver"), MemberRole.EDITOR);
			Set<PlanStatus> afterReview = EnumSet.of(PlanStatus.APPROVED, PlanStatus.ACTIVE, PlanStatus.CLOSED);
			if (status == PlanStatus.IN_REVIEW || afterReview.contains(status)) {
				plan.submitForReview(this.people.get("submitting-approver"));
				// who submitted leaves the authors: still not allowed to review
				plan.changeMemberRole(this.people.get("submitting-approver"), MemberRole.VIEWER);
			}
			if (afterReview.contains(status)) {
				plan.approve(this.people.get("approver"));
			}
			if (status == PlanStatus.ACTIVE || status == PlanStatus.CLOSED) {
				plan.activate(owner);
			}
			if (status == PlanStatus.CLOSED) {
				plan.close(owner);
			}
			if (status == PlanStatus.ARCHIVED) {
				plan.archive(owner);
			}
			return plan;
		}

		private static AppUser user(String username, Role role) {
			return new AppUser(username, username, "{noop}x", role);
		}

	}

}
