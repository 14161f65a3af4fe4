package com.marketingplanner.web.operations;

import java.time.LocalDate;

import com.marketingplanner.domain.operations.PlanTool;
import com.marketingplanner.domain.operations.ToolCategory;
import com.marketingplanner.domain.operations.ToolStatus;

/**
 * A tool as the API returns it; {@code dueDate} is the date a planned tool is due by (its
 * date, else the last day of its month of the plan; null when in use or undated).
 */
public record ToolResponse(long id, String name, ToolCategory category, String purpose, Long ownerUnitId, String owner,
		ToolStatus status, LocalDate plannedBy, Integer plannedMonth, LocalDate dueDate, String note, int position,
		long version) {

	static ToolResponse from(PlanTool tool) {
		return new ToolResponse(tool.getId(), tool.getName(), tool.getCategory(), tool.getPurpose(),
				tool.getOwnerUnitId(), tool.getOwner(), tool.getStatus(), tool.getPlannedBy(), tool.getPlannedMonth(),
				tool.dueDate(), tool.getNote(), tool.getPosition(), tool.getVersion());
	}

}
