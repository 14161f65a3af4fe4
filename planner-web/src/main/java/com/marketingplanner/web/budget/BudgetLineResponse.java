package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.marketingplanner.domain.budget.BudgetLine;
import com.marketingplanner.domain.budget.PercentageBase;

/**
 * A budget line as the API returns it; {@code version} is what an edit must send back.
 * After a write, {@code warnings} holds the findings of the budget check (the save
 * happened regardless).
 */
public record BudgetLineResponse(long id, long planId, Long parentId, int position, String name, String description,
		String channelCode, Long phaseId, Integer quarter, BigDecimal plannedAmount, BigDecimal plannedPercentage,
		PercentageBase percentageBase, Set<String> tags, long version,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<BudgetWarningResponse> warnings) {

	static BudgetLineResponse from(BudgetLine line) {
		return from(line, null);
	}

	static BudgetLineResponse from(BudgetLine line, List<BudgetWarningResponse> warnings) {
		return new BudgetLineResponse(line.getId(), line.getPlan().getId(), line.getParentId(), line.getPosition(),
				line.getName(), line.getDescription(), (line.getChannel() != null) ? line.getChannel().getCode() : null,
				line.getPhaseId(), line.getQuarter(), line.getPlannedAmount(), line.getPlannedPercentage(),
				line.getPercentageBase(), new TreeSet<>(line.getTags()), line.getVersion(), warnings);
	}

}
