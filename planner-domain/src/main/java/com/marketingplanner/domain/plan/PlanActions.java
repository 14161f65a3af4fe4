package com.marketingplanner.domain.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one person may do with one plan now: their {@link PlanAccess} combined with the
 * plan's status (and whether they submitted it). Pages show only these actions; the
 * plan's intention methods enforce the same rules (a test keeps the two in step).
 *
 * @param access what the person may do with the plan at all
 * @param status the plan's status
 * @param submitter whether the person submitted the plan for review
 */
public record PlanActions(PlanAccess access, PlanStatus status, boolean submitter) {

	/** Change the plan's content: header, sections, goals, KPIs, budget, timeline, … */
	public boolean canEditContent() {
		return this.access.canEdit() && this.status.allowsContentChanges();
	}

	/**
	 * Keep execution records: measurements, spend, status of milestones, risks,
	 * campaigns.
	 */
	public boolean canTrack() {
		return this.access.canEdit() && this.status.isOpen();
	}

	public boolean canManage() {
		return this.access.canManage();
	}

	public boolean canRead() {
		return this.access.canRead();
	}

	public boolean canComment() {
		return this.access.canComment() && this.status != PlanStatus.ARCHIVED;
	}

	/** Approve or return the plan now. */
	public boolean canReview() {
		return this.status == PlanStatus.IN_REVIEW && this.access.canReview() && !this.submitter;
	}

	/**
	 * The statuses the person may move the plan to now: authors submit, withdraw,
	 * activate and start revisions; reviewers approve and return; the owner and
	 * administrators close and archive.
	 */
	public Set<PlanStatus> moves() {
		Set<PlanStatus> moves = EnumSet.noneOf(PlanStatus.class);
		boolean author = this.access.canEdit();
		switch (this.status) {
			case DRAFT -> addIf(moves, author, PlanStatus.IN_REVIEW);
			case IN_REVIEW -> {
				addIf(moves, canReview(), PlanStatus.APPROVED);
				addIf(moves, canReview() || author, PlanStatus.DRAFT);
			}
			case APPROVED -> {
				addIf(moves, author, PlanStatus.ACTIVE);
				addIf(moves, author, PlanStatus.DRAFT);
			}
			case ACTIVE -> {
				addIf(moves, author, PlanStatus.DRAFT);
				addIf(moves, canManage(), PlanStatus.CLOSED);
			}
			case CLOSED, ARCHIVED -> {
			}
		}
		if (this.status.canChangeTo(PlanStatus.ARCHIVED)) {
			addIf(moves, canManage(), PlanStatus.ARCHIVED);
		}
		return moves;
	}

	private static void addIf(Set<PlanStatus> moves, boolean allowed, PlanStatus status) {
		if (allowed) {
			moves.add(status);
		}
	}

}
