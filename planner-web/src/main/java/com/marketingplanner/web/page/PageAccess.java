package com.marketingplanner.web.page;

import com.marketingplanner.domain.plan.Plan;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the signed-in person may do on a page, so pages show only those actions: templates
 * ask {@code ${@access.canEdit(plan)}} before they offer an edit form or button. Editing
 * a plan's content needs the planner role (administrators are planners too) and a plan
 * that is neither closed nor archived; changing a plan's status needs the planner role
 * only. The server enforces the same rules (SecurityConfiguration,
 * {@code Plan.requireEditable}); this only keeps dead ends off the page.
 */
@Component("access")
public class PageAccess {

	/** Whether the person may write at all (planner or administrator). */
	public boolean canPlan() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch((role) -> role.equals("ROLE_PLANNER") || role.equals("ROLE_ADMIN"));
	}

	/** Whether the person may edit the plan's content now. */
	public boolean canEdit(Plan plan) {
		return plan != null && plan.getStatus().isEditable() && canPlan();
	}

}
