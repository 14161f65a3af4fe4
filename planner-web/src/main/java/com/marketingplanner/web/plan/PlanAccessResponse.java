package com.marketingplanner.web.plan;

import java.util.Set;

import com.marketingplanner.domain.plan.MemberRole;
import com.marketingplanner.domain.plan.PlanActions;
import com.marketingplanner.domain.plan.PlanStatus;

/**
 * What the caller may do with a plan now: their membership ({@code null}: none), and
 * whether they may read, comment, edit the content, keep execution records, manage
 * members and review it; {@code moves} are the statuses they may move it to.
 */
public record PlanAccessResponse(MemberRole membership, boolean canRead, boolean canComment, boolean canEdit,
		boolean canTrack, boolean canManage, boolean canReview, Set<PlanStatus> moves) {

	static PlanAccessResponse from(PlanActions actions) {
		return new PlanAccessResponse(actions.access().membership(), actions.canRead(), actions.canComment(),
				actions.canEditContent(), actions.canTrack(), actions.canManage(), actions.canReview(),
				actions.moves());
	}

}
