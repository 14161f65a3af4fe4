package com.marketingplanner.web.membership;

import com.marketingplanner.domain.plan.PlanAccess;
import com.marketingplanner.domain.user.Role;

/**
 * What a request wants to do to a plan, and who may (ADR 0070). Whether the plan's status
 * allows it is the domain's decision (e.g. content changes only in a draft); who the plan
 * lets move its status (authors, reviewers, the owner) too.
 */
enum PlanAction {

	/** Read the plan or one of its parts. */
	READ,
	/** Write, edit or delete a comment (anyone who reads the plan). */
	COMMENT,
	/**
	 * Change the plan's content or execution records (owner, editors, administrators).
	 */
	EDIT,
	/**
	 * Move the plan or a campaign along its life cycle: planners and up who read the
	 * plan; the plan then decides (authors submit, approvers review, the owner closes).
	 */
	MOVE,
	/** Members, visibility, ownership, deletion (owner, administrators). */
	MANAGE;

	boolean allowedBy(PlanAccess access) {
		return switch (this) {
			case READ -> access.canRead();
			case COMMENT -> access.canComment();
			case EDIT -> access.canEdit();
			case MOVE -> access.canRead() && access.globalRole().includes(Role.PLANNER);
			case MANAGE -> access.canManage();
		};
	}

	/** Who may ask at all, by account role, when the plan does not exist (then 404). */
	boolean allowedBy(Role role) {
		return switch (this) {
			case READ, COMMENT -> true;
			case EDIT, MOVE, MANAGE -> role.includes(Role.PLANNER);
		};
	}

}
