package com.marketingplanner.web.membership;

import java.util.List;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanVisibility;

/**
 * Who belongs to a plan: its owner, who may read it ({@code visibility}), its editors and
 * viewers. {@code planVersion} is what a change of owner or visibility sends back.
 */
public record MembersResponse(long planId, String owner, String ownerDisplayName, PlanVisibility visibility,
		List<MemberResponse> members, long planVersion) {

	static MembersResponse from(Plan plan) {
		return new MembersResponse(plan.getId(), plan.getOwner().getUsername(), plan.getOwner().getDisplayName(),
				plan.getVisibility(), plan.getMembers().stream().map(MemberResponse::from).toList(), plan.getVersion());
	}

}
