package com.marketingplanner.domain.user;

/**
 * What a person may do across all plans, in increasing order of rights: read; edit the
 * plans they own or are an editor of; also approve other people's plans; also administer
 * users, the channel catalog and every plan. What a person may do with one plan also
 * depends on their membership of it ({@code plan.PlanAccess}).
 */
public enum Role {

	VIEWER, PLANNER, APPROVER, ADMIN;

	/** Whether this role has at least the rights of {@code other}. */
	public boolean includes(Role other) {
		return compareTo(other) >= 0;
	}

}
