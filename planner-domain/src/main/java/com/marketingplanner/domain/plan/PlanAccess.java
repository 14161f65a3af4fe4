package com.marketingplanner.domain.plan;

import com.marketingplanner.domain.user.Role;

/**
 * What one person may do with one plan, from their global role, their membership of the
 * plan (none: {@code null}) and the plan's visibility. The rules (ADR 0070):
 * <ul>
 * <li>read and comment: members, approvers and administrators; everyone when the plan is
 * visible to the organisation;</li>
 * <li>edit (content while a draft; execution records while open): the owner and editors
 * with a planner account or higher, and administrators;</li>
 * <li>manage members, visibility, ownership, delete: the owner and administrators;</li>
 * <li>approve or return a plan in review: approvers and administrators who are not its
 * authors (owner, editors) — the plan also refuses the person who submitted it.</li>
 * </ul>
 *
 * @param globalRole the person's account role
 * @param membership the person's membership of the plan, or {@code null}
 * @param visibility the plan's visibility
 */
public record PlanAccess(Role globalRole, MemberRole membership, PlanVisibility visibility) {

	public boolean canRead() {
		return this.globalRole.includes(Role.APPROVER) || this.membership != null
				|| this.visibility == PlanVisibility.ORGANISATION;
	}

	/** Comments are open to everyone who reads the plan, whatever their role. */
	public boolean canComment() {
		return canRead();
	}

	public boolean canEdit() {
		return this.globalRole.includes(Role.PLANNER) && (this.globalRole == Role.ADMIN || isAuthor());
	}

	public boolean canManage() {
		return this.globalRole == Role.ADMIN
				|| (this.membership == MemberRole.OWNER && this.globalRole.includes(Role.PLANNER));
	}

	/**
	 * Whether the person may review the plan (the plan itself also refuses the person who
	 * submitted it).
	 */
	public boolean canReview() {
		return this.globalRole.includes(Role.APPROVER) && !isAuthor();
	}

	/**
	 * Whether sending something in review back (a plan to draft, a campaign to planned)
	 * is this person's review decision — returning it, with a comment — rather than its
	 * authors taking it back.
	 */
	public boolean decidesAsReviewer() {
		return !isAuthor() && canReview();
	}

	/** Whether the person is one of the plan's authors (owner or editor). */
	public boolean isAuthor() {
		return this.membership != null && this.membership.isAuthor();
	}

}
