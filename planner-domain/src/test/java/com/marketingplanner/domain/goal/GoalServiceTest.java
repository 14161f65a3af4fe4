package com.marketingplanner.domain.goal;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.shared.StaleVersionException;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.domain.user.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DomainJpaTest
@Import({ GoalService.class, KpiService.class, PlanService.class })
class GoalServiceTest {

	@Autowired
	GoalService goals;

	@Autowired
	KpiService kpis;

	@Autowired
	PlanService plans;

	@Autowired
	AppUserRepository users;

	@Autowired
	JdbcClient jdbc;

	long planId;

	long otherPlanId;

	@BeforeEach
	void createPlans() {
		this.planId = GoalTestPlans.newPlan(this.users, this.plans, "2026 plan");
		this.otherPlanId = GoalTestPlans.newPlan(this.users, this.plans, "Other plan");
	}

	@Test
	void createsGoalsAsATreeInOrder() {
		Goal market = this.goals.create(this.planId, goal("Expand the market", GoalCategory.MKT, null));
		Goal gmv = this.goals.create(this.planId, goal("Double GMV", GoalCategory.MKT, market.getId()));
		Goal brand = this.goals.create(this.planId, goal("Be known", GoalCategory.BRD, null));

		List<GoalNode> tree = this.goals.tree(this.planId);

		assertThat(tree).extracting((n) -> n.goal().getId()).containsExactly(market.getId(), brand.getId());
		assertThat(tree.get(0).children()).extracting((n) -> n.goal().getId()).containsExactly(gmv.getId());
		assertThat(this.goals.tree(this.otherPlanId)).isEmpty();
	}

	@Test
	void storesEveryFieldOfAGoal() {
		Goal created = this.goals.create(this.planId, new GoalCommand("Raise repurchase", "7+2+N scheme",
				GoalCategory.RET, GoalHorizon.MID, "≤ 1 year", null, "CRM team", null));
		Goal read = this.goals.get(this.planId, created.getId());
		assertThat(read.getDescription()).isEqualTo("7+2+N scheme");
		assertThat(read.getHorizon()).isEqualTo(GoalHorizon.MID);
		assertThat(read.getHorizonLabel()).isEqualTo("≤ 1 year");
		assertThat(read.getOwner()).isEqualTo("CRM team");
		assertThat(this.jdbc.sql("select category from goal where id = ?")
			.param(created.getId())
			.query(String.class)
			.single()).isEqualTo("RET");
	}

	@Test
	void listsGoalsPagedAndFilteredByCategoryAndHorizon() {
		this.goals.create(this.planId, goal("A", GoalCategory.MKT, null));
		this.goals.create(this.planId,
				new GoalCommand("B", null, GoalCategory.MKT, GoalHorizon.LONG, null, null, null, null));
		this.goals.create(this.planId, goal("C", GoalCategory.BRD, null));
		this.goals.create(this.otherPlanId, goal("D", GoalCategory.MKT, null));

		var page = this.goals.list(this.planId, new GoalFilter(GoalCategory.MKT, null), PageRequest.of(0, 1));
		assertThat(page.getTotalElements()).isEqualTo(2);
		assertThat(page.getContent()).extracting(Goal::getTitle).containsExactly("A");
		assertThat(
				this.goals.list(this.planId, new GoalFilter(GoalCategory.MKT, GoalHorizon.LONG), PageRequest.of(0, 10))
					.getContent())
			.extracting(Goal::getTitle)
			.containsExactly("B");
	}

	@Test
	void rejectsParentFromAnotherPlanAndWritesNothing() {
		Goal foreign = this.goals.create(this.otherPlanId, goal("Foreign", GoalCategory.MKT, null));

		assertThatThrownBy(() -> this.goals.create(this.planId, goal("Child", GoalCategory.MKT, foreign.getId())))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("parentId");
				assertThat(ex.messageKey()).isEqualTo("error.goal.parent-unknown");
			});
		assertThat(this.goals.tree(this.planId)).isEmpty();
	}

	@Test
	void rejectsMovingAGoalUnderItsOwnSubGoal() {
		Goal root = this.goals.create(this.planId, goal("Root", GoalCategory.MKT, null));
		Goal child = this.goals.create(this.planId, goal("Child", GoalCategory.MKT, root.getId()));
		Goal grandChild = this.goals.create(this.planId, goal("Grandchild", GoalCategory.MKT, child.getId()));

		assertThatThrownBy(() -> this.goals.update(this.planId, root.getId(),
				new GoalCommand("Root", null, GoalCategory.MKT, GoalHorizon.SHORT, null, grandChild.getId(), null, 0L)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.goal.cycle"));
		assertThatThrownBy(() -> this.goals.update(this.planId, root.getId(),
				new GoalCommand("Root", null, GoalCategory.MKT, GoalHorizon.SHORT, null, root.getId(), null, 0L)))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void movesAGoalUnderAnotherAndBumpsItsVersion() {
		Goal a = this.goals.create(this.planId, goal("A", GoalCategory.MKT, null));
		Goal b = this.goals.create(this.planId, goal("B", GoalCategory.MKT, null));

		Goal moved = this.goals.update(this.planId, b.getId(),
				new GoalCommand("B2", null, GoalCategory.TRF, GoalHorizon.LONG, "3 years", a.getId(), null, 0L));

		assertThat(moved.getVersion()).isEqualTo(1);
		assertThat(moved.getParentId()).isEqualTo(a.getId());
		assertThat(this.goals.tree(this.planId)).singleElement()
			.satisfies((n) -> assertThat(n.children()).extracting((c) -> c.goal().getTitle()).containsExactly("B2"));
	}

	@Test
	void refusesAStaleEditAndKeepsTheSavedGoal() {
		Goal goal = this.goals.create(this.planId, goal("Original", GoalCategory.MKT, null));
		this.goals.update(this.planId, goal.getId(), command("First edit", 0L));

		assertThatThrownBy(() -> this.goals.update(this.planId, goal.getId(), command("Second edit", 0L)))
			.isInstanceOf(StaleVersionException.class);
		assertThat(this.goals.get(this.planId, goal.getId()).getTitle()).isEqualTo("First edit");
	}

	@Test
	void refusesAnEditWithoutVersion() {
		Goal goal = this.goals.create(this.planId, goal("Original", GoalCategory.MKT, null));
		assertThatThrownBy(() -> this.goals.update(this.planId, goal.getId(), command("Edit", null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("version"));
	}

	@Test
	void treatsAGoalOfAnotherPlanAsNotFound() {
		Goal foreign = this.goals.create(this.otherPlanId, goal("Foreign", GoalCategory.MKT, null));

		assertThatThrownBy(() -> this.goals.get(this.planId, foreign.getId()))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> this.goals.update(this.planId, foreign.getId(), command("Hijack", 0L)))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> this.goals.delete(this.planId, foreign.getId(), 0))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThat(this.goals.get(this.otherPlanId, foreign.getId()).getTitle()).isEqualTo("Foreign");
	}

	@Test
	void deletingAGoalDeletesItsSubGoalsAndKeepsTheirKpisAtPlanLevel() {
		Goal root = this.goals.create(this.planId, goal("Root", GoalCategory.MKT, null));
		Goal child = this.goals.create(this.planId, goal("Child", GoalCategory.MKT, root.getId()));
		Goal other = this.goals.create(this.planId, goal("Other", GoalCategory.BRD, null));
		Kpi kpi = this.kpis.create(this.planId, KpiServiceTest.atLeast(child.getId(), "GMV", "100"));

		this.goals.delete(this.planId, root.getId(), 0);

		assertThat(this.goals.tree(this.planId)).extracting((n) -> n.goal().getId()).containsExactly(other.getId());
		assertThat(this.kpis.get(this.planId, kpi.getId()).getGoalId()).isNull();
	}

	@Test
	void refusesAStaleDelete() {
		Goal goal = this.goals.create(this.planId, goal("Original", GoalCategory.MKT, null));
		this.goals.update(this.planId, goal.getId(), command("Edited", 0L));

		assertThatThrownBy(() -> this.goals.delete(this.planId, goal.getId(), 0))
			.isInstanceOf(StaleVersionException.class);
		assertThat(this.goals.tree(this.planId)).hasSize(1);
	}

	@Test
	void refusesGoalsInAClosedPlan() {
		var plan = this.plans.get(this.planId);
		AppUser approver = this.users.save(new AppUser("goal-approver", "Approver", "{noop}x", Role.APPROVER));
		plan.submitForReview(plan.getOwner());
		plan.approve(approver);
		plan.activate(plan.getOwner());
		plan.close(plan.getOwner());
		assertThatThrownBy(() -> this.goals.create(this.planId, goal("Late", GoalCategory.MKT, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.plan.read-only"));
	}

	@Test
	void treatsAMissingPlanAsNotFound() {
		assertThatThrownBy(() -> this.goals.tree(Long.MAX_VALUE)).isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> this.goals.create(Long.MAX_VALUE, goal("X", GoalCategory.MKT, null)))
			.isInstanceOf(ResourceNotFoundException.class);
	}

	static GoalCommand goal(String title, GoalCategory category, Long parentId) {
		return new GoalCommand(title, null, category, GoalHorizon.SHORT, null, parentId, null, null);
	}

	private static GoalCommand command(String title, Long version) {
		return new GoalCommand(title, null, GoalCategory.MKT, GoalHorizon.SHORT, null, null, null, version);
	}

}
