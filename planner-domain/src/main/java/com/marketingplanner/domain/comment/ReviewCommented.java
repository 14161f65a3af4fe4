package com.marketingplanner.domain.comment;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.user.AppUser;

/**
 * A reviewer decided about a plan or one of its items and said why: published in the
 * transaction of the decision, recorded as a comment marked with the decision
 * ({@link CommentService}). A decision without a comment ({@code null} or blank) leaves
 * none.
 */
public record ReviewCommented(Plan plan, CommentTarget targetType, long targetId, AppUser reviewer, String comment,
		ReviewDecision decision) {
}
