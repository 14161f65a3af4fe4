package com.marketingplanner.domain.plan;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to a plan: the owner and administrators add, change and remove editors and
 * viewers, hand the plan to another owner and set its visibility. Membership is not plan
 * content: it may change in every status, also of approved and closed plans.
 */
@Service
@Transactional(readOnly = true)
public class PlanMembership {

	private final PlanService plans;

	private final AppUserRepository users;

	private final PlanMemberRepository members;

	public PlanMembership(PlanService plans, AppUserRepository users, PlanMemberRepository members) {
		this.plans = plans;
		this.users = users;
		this.members = members;
	}

	/** The plan with its owner and members loaded. */
	public Plan plan(long planId) {
		return loaded(this.plans.get(planId));
	}

	public PlanMember member(long planId, String username) {
		return this.plans.get(planId)
			.getMembers()
			.stream()
			.filter((member) -> member.getUser().getUsername().equals(username))
			.findFirst()
			.orElseThrow(() -> new ResourceNotFoundException("Member", username));
	}

	@Transactional
	public PlanMember add(long planId, MemberCommand command, String actor) {
		Plan plan = managedBy(planId, actor);
		PlanMember member = plan.addMember(namedUser(command.username()), command.role());
		this.members.saveAndFlush(member);
		return member;
	}

	@Transactional
	public PlanMember changeRole(long planId, String username, MemberRoleCommand command, String actor) {
		Plan plan = managedBy(planId, actor);
		PlanMember member = member(planId, username);
		member.requireVersion(command.version());
		plan.changeMemberRole(member.getUser(), command.role());
		return this.members.saveAndFlush(member);
	}

	@Transactional
	public void remove(long planId, String username, long version, String actor) {
		Plan plan = managedBy(planId, actor);
		PlanMember member = member(planId, username);
		member.requireVersion(version);
		plan.removeMember(member.getUser());
		this.members.flush();
	}

	@Transactional
	public Plan transferOwnership(long planId, OwnerCommand command, String actor) {
		Plan plan = managedBy(planId, actor);
		plan.requireVersion(command.version());
		plan.transferOwnership(namedUser(command.username()));
		this.members.flush();
		return loaded(plan);
	}

	@Transactional
	public Plan restrict(long planId, VisibilityCommand command, String actor) {
		Plan plan = managedBy(planId, actor);
		plan.requireVersion(command.version());
		plan.restrictTo(command.visibility());
		this.members.flush();
		return loaded(plan);
	}

	private static Plan loaded(Plan plan) {
		plan.getMembers().forEach((member) -> member.getUser().getUsername());
		return plan;
	}

	private Plan managedBy(long planId, String actor) {
		Plan plan = this.plans.get(planId);
		plan.requireManager(this.users.requireByUsername(actor));
		return plan;
	}

	/** A user named in a request body: unknown is bad input on that field, not a 404. */
	private AppUser namedUser(String username) {
		String name = (username != null) ? username.strip() : "";
		return this.users.findByUsername(name)
			.orElseThrow(() -> new BusinessRuleViolation("username", "error.member.unknown-user",
					"There is no user '" + name + "'", name));
	}

}
