package com.marketingplanner.domain.comment;

import java.time.LocalDate;

import com.marketingplanner.domain.plan.MemberCommand;
import com.marketingplanner.domain.plan.MemberRole;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanMembership;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.plan.PlanVisibility;
import com.marketingplanner.domain.plan.VisibilityCommand;
import com.marketingplanner.domain.shared.ActionNotPermittedException;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.StaleVersionException;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DomainJpaTest
@Import({ PlanService.class, PlanMembership.class, CommentService.class })
class CommentServiceTest {

	@Autowired
	CommentService comments;

	@Autowired
	PlanService plans;

	@Autowired
	PlanMembership membership;

	@Autowired
	AppUserRepository users;

	@Autowired
	JdbcClient jdbc;

	String owner;

	String reviewer;

	String reader;

	long planId;

	long riskId;

	@BeforeEach
	void planWithARisk() {
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		this.owner = user("owner" + suffix, Role.PLANNER);
		this.reviewer = user("reviewer" + suffix, Role.APPROVER);
		this.reader = user("reader" + suffix, Role.VIEWER);
		this.planId = this.plans
			.create(new PlanCommand("Commented plan", null, null, "CNY", LocalDate.of(2026, 1, 1),
					LocalDate.of(2026, 12, 31), null, null), this.owner)
			.getId();
		this.riskId = this.jdbc.sql("insert into risk (plan_id, category, title) values (?, '供应链', '缺货') returning id")
			.params(this.planId)
			.query(Long.class)
			.single();
	}

	@Test
	void aCommentOnAnItemMentionsPeopleWhoFindItInTheirMentions() {
		Comment comment = this.comments.add(this.planId,
				new CommentCommand(CommentTarget.RISK, this.riskId, "@" + this.reviewer + " 请确认备选供应商 @nobody"),
				this.owner);

		assertThat(comment.getMentionedUsernames()).containsExactly(this.reviewer);
		assertThat(this.comments.list(this.planId, CommentTarget.RISK, this.riskId, Pageable.unpaged()))
			.extracting(Comment::getBody)
			.containsExactly("@" + this.reviewer + " 请确认备选供应商 @nobody");
		assertThat(this.comments.unseenMentions(this.reviewer)).isEqualTo(1);
		Mention mention = this.comments.inbox(this.reviewer, true, Pageable.unpaged()).getContent().get(0);
		this.comments.markSeen(this.reviewer, mention.getId());
		assertThat(this.comments.unseenMentions(this.reviewer)).isZero();
		assertThat(this.comments.items(this.planId)).filteredOn((item) -> item.type() == CommentTarget.RISK)
			.singleElement()
			.satisfies((item) -> {
				assertThat(item.label()).isEqualTo("缺货");
				assertThat(item.comments()).isEqualTo(1);
			});
	}

	@Test
	void aCommentOnAnItemOfAnotherPlanOrAMissingItemIsRefused() {
		long other = this.plans
			.create(new PlanCommand("Other", null, null, "CNY", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
					null, null), this.owner)
			.getId();

		assertThatThrownBy(
				() -> this.comments.add(other, new CommentCommand(CommentTarget.RISK, this.riskId, "hi"), this.owner))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("targetId"));
		assertThatThrownBy(() -> this.comments.add(this.planId,
				new CommentCommand(CommentTarget.KPI, Long.MAX_VALUE, "hi"), this.owner))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThat(this.comments.list(this.planId, null, null, Pageable.unpaged())).isEmpty();
	}

	@Test
	void mentioningSomeoneWhoCannotReadThePlanIsRefused() {
		this.membership.restrict(this.planId, new VisibilityCommand(PlanVisibility.MEMBERS, 0L), this.owner);

		assertThatThrownBy(() -> this.comments.add(this.planId,
				new CommentCommand(CommentTarget.PLAN, null, "FYI @" + this.reader), this.owner))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("body"));
		assertThat(this.comments.list(this.planId, null, null, Pageable.unpaged())).isEmpty();

		this.membership.add(this.planId, new MemberCommand(this.reader, MemberRole.VIEWER), this.owner);
		this.comments.add(this.planId, new CommentCommand(CommentTarget.PLAN, null, "FYI @" + this.reader), this.owner);
		assertThat(this.comments.unseenMentions(this.reader)).isEqualTo(1);
	}

	@Test
	void onlyTheAuthorEditsAndAStaleEditIsRefused() {
		Comment comment = this.comments.add(this.planId, new CommentCommand(CommentTarget.PLAN, null, "First"),
				this.owner);

		assertThatThrownBy(() -> this.comments.edit(this.planId, comment.getId(), new CommentEditCommand("Mine", 0L),
				this.reviewer))
			.isInstanceOf(ActionNotPermittedException.class);
		this.comments.edit(this.planId, comment.getId(), new CommentEditCommand("Second", 0L), this.owner);
		assertThatThrownBy(
				() -> this.comments.edit(this.planId, comment.getId(), new CommentEditCommand("Third", 0L), this.owner))
			.isInstanceOf(StaleVersionException.class);
		assertThat(this.comments.get(this.planId, comment.getId()).getBody()).isEqualTo("Second");
		assertThat(this.comments.get(this.planId, comment.getId()).getEditedAt()).isNotNull();
	}

	@Test
	void theOwnerMayDeleteAnyCommentOthersOnlyTheirOwn() {
		Comment byReviewer = this.comments.add(this.planId, new CommentCommand(CommentTarget.PLAN, null, "Looks good"),
				this.reviewer);
		Comment byOwner = this.comments.add(this.planId, new CommentCommand(CommentTarget.PLAN, null, "Thanks"),
				this.owner);

		assertThatThrownBy(() -> this.comments.delete(this.planId, byOwner.getId(), 0, this.reviewer))
			.isInstanceOf(ActionNotPermittedException.class);
		this.comments.delete(this.planId, byReviewer.getId(), 0, this.owner);
		assertThat(this.comments.list(this.planId, null, null, Pageable.unpaged())).extracting(Comment::getBody)
			.containsExactly("Thanks");
	}

	@Test
	void aBlankCommentIsRefused() {
		assertThatThrownBy(
				() -> this.comments.add(this.planId, new CommentCommand(CommentTarget.PLAN, null, "  "), this.owner))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("body"));
	}

	private String user(String username, Role role) {
		this.users.save(new AppUser(username, username, "{noop}x", role));
		return username;
	}

}
