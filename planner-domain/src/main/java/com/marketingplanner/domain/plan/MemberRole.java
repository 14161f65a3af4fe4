package com.marketingplanner.domain.plan;

/**
 * What a person is to one plan. The OWNER is the plan's single owner
 * ({@code plan.owner_id}); EDITOR and VIEWER are granted by the owner or an
 * administrator.
 */
public enum MemberRole {

	OWNER, EDITOR, VIEWER;

	/** Whether people with this membership write the plan (owner and editors). */
	public boolean isAuthor() {
		return this == OWNER || this == EDITOR;
	}

}
