package com.marketingplanner.domain.plan;

/**
 * Who may read a plan: everyone who signs in (ORGANISATION, the default), or only its
 * members, approvers and administrators (MEMBERS).
 */
public enum PlanVisibility {

	ORGANISATION, MEMBERS

}
