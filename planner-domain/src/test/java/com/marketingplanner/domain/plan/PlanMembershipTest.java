package com.marketingplanner.domain.plan;

import java.time.LocalDate;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DomainJpaTest
@Import({ PlanService.class, PlanMembership.class, PlanPermissions.class })
class PlanMembershipTest {

	@Autowired
	PlanService plans;

	@Autowired
	PlanMembership membership;

	@Autowired
	PlanPermissions permissions;

	@Autowired
	AppUserRepository users;

	long planId;

	String owner;

	@BeforeEach
	void plan() {
		String suffix = Long.toString(System.nanoTime());
		this.owner = user("owner-" + suffix, Role.PLANNER);
		user("colleague-" + suffix, Role.PLANNER);
		user("reader-" + suffix, Role.VIEWER);
		this.planId = this.plans
			.create(new PlanCommand("Members plan", null, null, "CNY", LocalDate.of(2026, 1, 1),
					LocalDate.of(2026, 12, 31), null, null), this.owner)
			.getId();
	}

	@Test
	void theCreatorOwnsThePlanAndAddsEditorsAndViewers() {
		String colleague = this.owner.replace("owner", "colleague");
		String reader = this.owner.replace("owner", "reader");
		this.membership.add(this.planId, new MemberCommand(colleague, MemberRole.EDITOR), this.owner);
		this.membership.add(this.planId, new MemberCommand(reader, MemberRole.VIEWER), this.owner);

		assertThat(this.membership.plan(this.planId).getMembers()).extracting((m) -> m.getUser().getUsername())
			.containsExactly(colleague, reader);
		assertThat(access(this.owner).membership()).isEqualTo(MemberRole.OWNER);
		assertThat(access(colleague).canEdit()).isTrue();
		assertThat(access(reader).canEdit()).isFalse();
	}

	@Test
	void onlyTheOwnerOrAnAdministratorManagesMembersAndARefusalChangesNothing() {
		String colleague = this.owner.replace("owner", "colleague");
		this.membership.add(this.planId, new MemberCommand(colleague, MemberRole.EDITOR), this.owner);
		String reader = this.owner.replace("owner", "reader");

		assertThatThrownBy(
				() -> this.membership.add(this.planId, new MemberCommand(reader, MemberRole.VIEWER), colleague))
			.isInstanceOf(ActionNotPermittedException.class);
		assertThat(this.membership.plan(this.planId).getMembers()).hasSize(1);

		String admin = user("admin-" + System.nanoTime(), Role.ADMIN);
		this.membership.add(this.planId, new MemberCommand(reader, MemberRole.VIEWER), admin);
		assertThat(this.membership.plan(this.planId).getMembers()).hasSize(2);
	}

	@Test
	void anUnknownPersonIsBadInputOnTheUsername() {
		assertThatThrownBy(() -> this.membership.add(this.planId, new MemberCommand("nobody-at-all", MemberRole.EDITOR),
				this.owner))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("username"));
		assertThat(this.membership.plan(this.planId).getMembers()).isEmpty();
	}

	@Test
	void aStaleChangeOfRoleIsRefused() {
		String colleague = this.owner.replace("owner", "colleague");
		PlanMember member = this.membership.add(this.planId, new MemberCommand(colleague, MemberRole.EDITOR),
				this.owner);
		this.membership.changeRole(this.planId, colleague, new MemberRoleCommand(MemberRole.VIEWER, 0L), this.owner);

		assertThatThrownBy(() -> this.membership.changeRole(this.planId, colleague,
				new MemberRoleCommand(MemberRole.EDITOR, 0L), this.owner))
			.isInstanceOf(StaleVersionException.class);
		assertThat(this.membership.member(this.planId, colleague).getRole()).isEqualTo(MemberRole.VIEWER);
		assertThat(member.getVersion()).isEqualTo(1);
	}

	@Test
	void handingThePlanOverKeepsThePreviousOwnerAsEditor() {
		String colleague = this.owner.replace("owner", "colleague");
		Plan plan = this.membership.transferOwnership(this.planId, new OwnerCommand(colleague, 0L), this.owner);

		assertThat(plan.getOwner().getUsername()).isEqualTo(colleague);
		assertThat(access(this.owner).membership()).isEqualTo(MemberRole.EDITOR);
		assertThat(access(colleague).canManage()).isTrue();
		assertThat(access(this.owner).canManage()).isFalse();
	}

	@Test
	void aPlanForMembersIsListedOnlyForThoseWhoMayReadIt() {
		String colleague = this.owner.replace("owner", "colleague");
		String reader = this.owner.replace("owner", "reader");
		this.membership.restrict(this.planId, new VisibilityCommand(PlanVisibility.MEMBERS, 0L), this.owner);
		this.membership.add(this.planId, new MemberCommand(reader, MemberRole.VIEWER), this.owner);

		assertThat(visibleTo(colleague)).doesNotContain(this.planId);
		assertThat(visibleTo(reader)).contains(this.planId);
		assertThat(visibleTo(this.owner)).contains(this.planId);
		assertThat(visibleTo(user("approver-" + System.nanoTime(), Role.APPROVER))).contains(this.planId);
		assertThat(access(colleague).canRead()).isFalse();
	}

	@Test
	void permissionsOfAMissingPlanAreEmptyAndAnUnknownPersonMayDoNothing() {
		assertThat(this.permissions.of(Long.MAX_VALUE, this.owner)).isEmpty();
		this.membership.restrict(this.planId, new VisibilityCommand(PlanVisibility.MEMBERS, 0L), this.owner);
		assertThat(this.permissions.of(this.planId, "nobody-at-all").orElseThrow().canRead()).isFalse();
	}

	private java.util.List<Long> visibleTo(String username) {
		return this.plans.listVisibleTo(username, PlanFilter.none(), Pageable.unpaged()).map(Plan::getId).getContent();
	}

	private PlanAccess access(String username) {
		return this.permissions.of(this.planId, username).orElseThrow().access();
	}

	private String user(String username, Role role) {
		this.users.save(new AppUser(username, username, "{noop}x", role));
		return username;
	}

}
