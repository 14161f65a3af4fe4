package com.marketingplanner.domain.review;

import java.time.LocalDate;

import com.marketingplanner.domain.comment.CommentService;
import com.marketingplanner.domain.comment.CommentTarget;
import com.marketingplanner.domain.comment.ReviewDecision;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.plan.PlanStatus;
import com.marketingplanner.domain.plan.PlanStatusCommand;
import com.marketingplanner.domain.review.ItemChange.Change;
import com.marketingplanner.domain.shared.ActionNotPermittedException;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DomainJpaTest
@Import({ PlanService.class, PlanLifecycle.class, ReviewRecords.class, Baselines.class, PlanSnapshots.class,
		CommentService.class })
class BaselinesTest {

	@Autowired
	PlanLifecycle lifecycle;

	@Autowired
	PlanService plans;

	@Autowired
	Baselines baselines;

	@Autowired
	CommentService comments;

	@Autowired
	AppUserRepository users;

	@Autowired
	JdbcClient jdbc;

	String owner;

	String approver;

	long planId;

	long douyin;

	@BeforeEach
	void approvablePlan() {
		String suffix = Long.toString(System.nanoTime());
		this.owner = user("owner-" + suffix, Role.PLANNER);
		this.approver = user("approver-" + suffix, Role.APPROVER);
		this.planId = this.plans
			.create(new PlanCommand("2026 plan", null, null, "CNY", LocalDate.of(2026, 1, 1),
					LocalDate.of(2026, 12, 31), new java.math.BigDecimal("1000000"), null), this.owner)
			.getId();
		this.douyin = this.jdbc
			.sql("insert into budget_line (plan_id, name, planned_amount) values (?, '抖音', 400000) returning id")
			.params(this.planId)
			.query(Long.class)
			.single();
		this.jdbc
			.sql("insert into kpi (plan_id, name, direction, target_type, target) "
					+ "values (?, 'GMV', 'HIGHER_IS_BETTER', 'AT_LEAST', 5000000)")
			.params(this.planId)
			.update();
	}

	@Test
	void approvingTakesABaselineAndTheDiffShowsWhatChangedInTheNextRevision() {
		approve(0);
		assertThat(this.baselines.list(this.planId)).singleElement().satisfies((baseline) -> {
			assertThat(baseline.number()).isEqualTo(1);
			assertThat(baseline.revision()).isEqualTo(1);
			assertThat(baseline.approvedBy()).isEqualTo(this.approver);
		});
		Plan plan = move(PlanStatus.DRAFT, this.owner, null);
		assertThat(plan.getRevision()).isEqualTo(2);
		this.jdbc.sql("update budget_line set planned_amount = 450000 where id = ?").params(this.douyin).update();
		this.jdbc.sql("update kpi set target = 6000000 where plan_id = ?").params(this.planId).update();
		this.jdbc
			.sql("insert into risk (plan_id, category, title, probability, impact) values (?, '合规', '直播违规', 0.2, 4)")
			.params(this.planId)
			.update();
		long baseline = this.baselines.list(this.planId).get(0).id();

		BaselineComparison comparison = this.baselines.compare(this.planId, baseline, null);

		assertThat(comparison.againstCurrent()).isTrue();
		assertThat(comparison.changes()).extracting(ItemChange::kind, ItemChange::change)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("budget_line", Change.CHANGED),
					org.assertj.core.groups.Tuple.tuple("kpi", Change.CHANGED),
					org.assertj.core.groups.Tuple.tuple("risk", Change.ADDED));
		assertThat(comparison.changes().get(0).fields())
			.containsExactly(new FieldChange("planned_amount", "400000", "450000"));
		assertThat(comparison.changes().get(1).fields())
			.containsExactly(new FieldChange("target", "5000000", "6000000"));
	}

	@Test
	void comparesTwoBaselines() {
		approve(0);
		move(PlanStatus.DRAFT, this.owner, null);
		Plan draft = this.plans.get(this.planId);
		this.plans.update(this.planId, new PlanCommand(draft.getTitle(), null, null, "CNY", draft.getPeriodStart(),
				draft.getPeriodEnd(), new java.math.BigDecimal("1200000"), draft.getVersion()));
		approve(this.plans.get(this.planId).getVersion());
		var all = this.baselines.list(this.planId);
		assertThat(all).extracting(Baseline::number).containsExactly(2, 1);

		BaselineComparison comparison = this.baselines.compare(this.planId, all.get(1).id(), all.get(0).id());

		assertThat(comparison.changes()).singleElement()
			.satisfies((change) -> assertThat(change.fields())
				.containsExactly(new FieldChange("total_budget", "1000000", "1200000")));
	}

	@Test
	void theAuthorCannotApproveAndNothingIsKept() {
		move(PlanStatus.IN_REVIEW, this.owner, null);
		long version = this.plans.get(this.planId).getVersion();

		assertThatThrownBy(() -> this.lifecycle.moveTo(this.planId, new PlanStatusCommand(PlanStatus.APPROVED, version),
				this.owner))
			.isInstanceOf(ActionNotPermittedException.class);
		assertThat(this.baselines.list(this.planId)).isEmpty();
	}

	@Test
	void returningNeedsACommentWhichStaysOnThePlan() {
		move(PlanStatus.IN_REVIEW, this.owner, null);
		long version = this.plans.get(this.planId).getVersion();
		assertThatThrownBy(() -> this.lifecycle.moveTo(this.planId, new PlanStatusCommand(PlanStatus.DRAFT, version),
				this.approver))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("comment"));

		move(PlanStatus.DRAFT, this.approver, "抖音 exceeds the 28% cap");

		assertThat(this.plans.get(this.planId).getStatus()).isEqualTo(PlanStatus.DRAFT);
		assertThat(this.comments.list(this.planId, CommentTarget.PLAN, this.planId, Pageable.unpaged())).singleElement()
			.satisfies((comment) -> {
				assertThat(comment.getBody()).isEqualTo("抖音 exceeds the 28% cap");
				assertThat(comment.getReview()).isEqualTo(ReviewDecision.RETURNED);
			});
	}

	@Test
	void aBaselineCannotBeChangedOrDeletedEvenInTheDatabase() {
		approve(0);
		assertThatThrownBy(() -> this.jdbc.sql("update plan_baseline set approved_by = 'someone' where plan_id = ?")
			.params(this.planId)
			.update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
	}

	@Test
	void aBaselineIsNotDeletedEvenInTheDatabase() {
		approve(0);
		assertThatThrownBy(
				() -> this.jdbc.sql("delete from plan_baseline where plan_id = ?").params(this.planId).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
	}

	private void approve(long version) {
		Plan plan = this.lifecycle.moveTo(this.planId, new PlanStatusCommand(PlanStatus.IN_REVIEW, version),
				this.owner);
		this.lifecycle.moveTo(this.planId, new PlanStatusCommand(PlanStatus.APPROVED, plan.getVersion()),
				this.approver);
	}

	private Plan move(PlanStatus status, String actor, String comment) {
		long version = this.plans.get(this.planId).getVersion();
		return this.lifecycle.moveTo(this.planId, new PlanStatusCommand(status, version, comment), actor);
	}

	private String user(String username, Role role) {
		this.users.save(new AppUser(username, username, "{noop}x", role));
		return username;
	}

}
