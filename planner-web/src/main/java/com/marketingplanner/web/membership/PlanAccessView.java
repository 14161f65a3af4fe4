package com.marketingplanner.web.membership;

import java.util.Optional;
import java.util.Set;

import com.marketingplanner.domain.campaign.Campaign;
import com.marketingplanner.domain.campaign.CampaignStatus;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanActions;
import com.marketingplanner.domain.plan.PlanPermissions;
import com.marketingplanner.domain.plan.PlanStatus;
import com.marketingplanner.web.security.SignedIn;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Lets pages show only what the signed-in person may do (the one access bean of the
 * pages): {@code th:if="${@access.canEdit(plan)}"}. Every plan method takes a
 * {@link Plan} or a plan id; answers are computed once per plan and request from the
 * person's membership and the plan's status (ADR 0070), the same rules the server
 * enforces.
 * <ul>
 * <li>{@code canPlan()}: the account may write at all (planner or higher);</li>
 * <li>{@code canRead}, {@code canComment};</li>
 * <li>{@code canEdit}: change the plan's content (an author, and the plan is a
 * draft);</li>
 * <li>{@code canTrack}: keep execution records — measurements, spend, status of
 * milestones, risks and campaigns (an author, and the plan is open);</li>
 * <li>{@code canManage}: members, visibility, ownership, deletion (owner, admin);</li>
 * <li>{@code canReview}: approve or return the plan now (an approver who did not write or
 * submit it, and the plan is in review);</li>
 * <li>{@code moves}: the statuses the person may move the plan to now.</li>
 * </ul>
 */
@Component("access")
public class PlanAccessView {

	private static final String CACHE = PlanAccessView.class.getName() + ".";

	private final PlanPermissions permissions;

	PlanAccessView(PlanPermissions permissions) {
		this.permissions = permissions;
	}

	/** Whether the account may write at all (planner, approver or administrator). */
	public boolean canPlan() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return SignedIn.person(who) && who.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(
					(role) -> role.equals("ROLE_PLANNER") || role.equals("ROLE_APPROVER") || role.equals("ROLE_ADMIN"));
	}

	public boolean canRead(Object plan) {
		return actions(plan).map(PlanActions::canRead).orElse(false);
	}

	public boolean canComment(Object plan) {
		return actions(plan).map(PlanActions::canComment).orElse(false);
	}

	public boolean canEdit(Object plan) {
		return actions(plan).map(PlanActions::canEditContent).orElse(false);
	}

	public boolean canTrack(Object plan) {
		return actions(plan).map(PlanActions::canTrack).orElse(false);
	}

	public boolean canManage(Object plan) {
		return actions(plan).map(PlanActions::canManage).orElse(false);
	}

	public boolean canReview(Object plan) {
		return actions(plan).map(PlanActions::canReview).orElse(false);
	}

	public Set<PlanStatus> moves(Object plan) {
		return actions(plan).map(PlanActions::moves).orElse(Set.of());
	}

	/** Approve or return the plan's campaigns in compliance review. */
	public boolean canReviewCampaigns(Object plan) {
		return actions(plan).map((found) -> found.access().canReview() && found.status().isOpen()).orElse(false);
	}

	/** The statuses the signed-in person may move a campaign to now. */
	public Set<CampaignStatus> campaignMoves(Campaign campaign) {
		return actions(campaign.getPlan().getId()).map(campaign::movesFor).orElse(Set.of());
	}

	/**
	 * What the signed-in person may do with the plan now; empty for nobody or no plan.
	 */
	public Optional<PlanActions> actions(Object plan) {
		Long planId = (plan instanceof Plan entity) ? entity.getId()
				: (plan instanceof Number number) ? Long.valueOf(number.longValue()) : null;
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (planId == null || !SignedIn.person(who)) {
			return Optional.empty();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = CACHE + planId;
		if (request != null
				&& request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof PlanActions cached) {
			return Optional.of(cached);
		}
		Optional<PlanActions> actions = this.permissions.of(planId, who.getName());
		if (request != null) {
			actions.ifPresent((found) -> request.setAttribute(key, found, RequestAttributes.SCOPE_REQUEST));
		}
		return actions;
	}

}
