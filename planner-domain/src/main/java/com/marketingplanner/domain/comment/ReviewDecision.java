package com.marketingplanner.domain.comment;

/** A comment that records a review decision on a plan or a campaign. */
public enum ReviewDecision {

	APPROVED, RETURNED

}
