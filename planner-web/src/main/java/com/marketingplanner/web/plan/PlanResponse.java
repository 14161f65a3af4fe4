package com.marketingplanner.web.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanKind;
import com.marketingplanner.domain.plan.PlanLanguage;
import com.marketingplanner.domain.plan.PlanStatus;
import com.marketingplanner.domain.plan.PlanVisibility;
import com.marketingplanner.domain.user.AppUser;

/**
 * A plan's header as the API returns it; {@code version} is what an edit must send back.
 * {@code allowedTransitions} are the statuses the life cycle allows next (whether the
 * caller may take them: {@code GET /plans/{id}/access}); {@code revision} counts the
 * revisions since the first approval; {@code submittedBy} / {@code approvedBy} are
 * usernames. The profile: {@code planKind}, {@code businessContext}, whether the source
 * states the currency ({@code currencyStated}; false: assumed) and the currency of
 * background figures ({@code contextCurrency}).
 */
public record PlanResponse(long id, String title, String description, PlanLanguage language, String currency,
		LocalDate periodStart, LocalDate periodEnd, PlanStatus status, Set<PlanStatus> allowedTransitions, String owner,
		BigDecimal totalBudget, String templateCode, Instant createdAt, Instant updatedAt, long version,
		PlanVisibility visibility, int revision, String submittedBy, Instant submittedAt, String approvedBy,
		Instant approvedAt, PlanKind planKind, String businessContext, boolean currencyStated, String contextCurrency) {

	public static PlanResponse from(Plan plan) {
		return new PlanResponse(plan.getId(), plan.getTitle(), plan.getDescription(), plan.getLanguage(),
				plan.getCurrency(), plan.getPeriodStart(), plan.getPeriodEnd(), plan.getStatus(),
				plan.getStatus().next(), plan.getOwner().getUsername(), plan.getTotalBudget(), plan.getTemplateCode(),
				plan.getCreatedAt(), plan.getUpdatedAt(), plan.getVersion(), plan.getVisibility(), plan.getRevision(),
				username(plan.getSubmittedBy()), plan.getSubmittedAt(), username(plan.getApprovedBy()),
				plan.getApprovedAt(), plan.getPlanKind(), plan.getBusinessContext(), plan.isCurrencyStated(),
				plan.getContextCurrency());
	}

	private static String username(AppUser user) {
		return (user != null) ? user.getUsername() : null;
	}

}
