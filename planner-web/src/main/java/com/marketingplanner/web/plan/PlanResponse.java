package com.marketingplanner.web.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanLanguage;
import com.marketingplanner.domain.plan.PlanStatus;

/**
 * A plan's header as the API returns it; {@code version} is what an edit must send back.
 */
public record PlanResponse(long id, String title, String description, PlanLanguage language, String currency,
		LocalDate periodStart, LocalDate periodEnd, PlanStatus status, Set<PlanStatus> allowedTransitions, String owner,
		BigDecimal totalBudget, String templateCode, Instant createdAt, Instant updatedAt, long version) {

	public static PlanResponse from(Plan plan) {
		return new PlanResponse(plan.getId(), plan.getTitle(), plan.getDescription(), plan.getLanguage(),
				plan.getCurrency(), plan.getPeriodStart(), plan.getPeriodEnd(), plan.getStatus(),
				plan.getStatus().next(), plan.getOwner().getUsername(), plan.getTotalBudget(), plan.getTemplateCode(),
				plan.getCreatedAt(), plan.getUpdatedAt(), plan.getVersion());
	}

}
