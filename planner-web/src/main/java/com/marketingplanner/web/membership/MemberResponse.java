package com.marketingplanner.web.membership;

import java.time.Instant;

import com.marketingplanner.domain.plan.MemberRole;
import com.marketingplanner.domain.plan.PlanMember;
import com.marketingplanner.domain.user.Role;

/**
 * A member of a plan: their account, their role in the plan and their account role;
 * {@code version} is what a change of role or a removal sends back.
 */
public record MemberResponse(String username, String displayName, MemberRole role, Role accountRole, Instant addedAt,
		long version) {

	static MemberResponse from(PlanMember member) {
		return new MemberResponse(member.getUser().getUsername(), member.getUser().getDisplayName(), member.getRole(),
				member.getUser().getRole(), member.getAddedAt(), member.getVersion());
	}

}
