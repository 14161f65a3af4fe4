package com.marketingplanner.domain.user;

/** What a person may do: read, edit plans, or also administer users and channels. */
public enum Role {

	VIEWER, PLANNER, ADMIN

}
