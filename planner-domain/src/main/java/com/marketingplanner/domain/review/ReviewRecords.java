package com.marketingplanner.domain.review;

import com.marketingplanner.domain.comment.CommentTarget;
import com.marketingplanner.domain.comment.ReviewCommented;
import com.marketingplanner.domain.comment.ReviewDecision;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.user.AppUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a review decision leaves behind, in the transaction of the decision: approving
 * takes a baseline; the reviewer's comment (required when returning) goes on the plan as
 * a comment marked with the decision.
 */
@Component
class ReviewRecords {

	private final Baselines baselines;

	private final ApplicationEventPublisher events;

	ReviewRecords(Baselines baselines, ApplicationEventPublisher events) {
		this.baselines = baselines;
		this.events = events;
	}

	void approved(Plan plan, AppUser approver, String comment) {
		this.baselines.take(plan, approver);
		this.events.publishEvent(new ReviewCommented(plan, CommentTarget.PLAN, plan.getId(), approver, comment,
				ReviewDecision.APPROVED));
	}

	void returned(Plan plan, AppUser reviewer, String comment) {
		this.events.publishEvent(new ReviewCommented(plan, CommentTarget.PLAN, plan.getId(), reviewer, comment,
				ReviewDecision.RETURNED));
	}

}
