package com.marketingplanner.web.review;

import java.time.Instant;

import com.marketingplanner.domain.review.Baseline;

/**
 * A baseline of a plan: its number (1, 2, … per plan), the revision it approved, who
 * approved it (username) and when.
 */
public record BaselineResponse(long id, long planId, int number, int revision, String approvedBy, Instant approvedAt) {

	static BaselineResponse from(Baseline baseline) {
		return new BaselineResponse(baseline.id(), baseline.planId(), baseline.number(), baseline.revision(),
				baseline.approvedBy(), baseline.approvedAt());
	}

}
