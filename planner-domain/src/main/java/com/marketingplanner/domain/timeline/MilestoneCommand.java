package com.marketingplanner.domain.timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a milestone. {@code phaseId} null = no phase. {@code status} null keeps
 * the current status (PLANNED for a new milestone); a different status must be a step the
 * life cycle allows. The KPI gate is all three of {@code gateKpiId},
 * {@code gateOperator}, {@code gateValue} or none of them; {@code gateText} is free text
 * either way. {@code version} is the version read (edits only).
 */
public record MilestoneCommand(@NotBlank @Size(max = 300) String title, @NotNull LocalDate dueDate, Long phaseId,
		@Size(max = 20000) String deliverable, @Size(max = 20000) String acceptanceCriteria, MilestoneStatus status,
		@Size(max = 200) String owner, Set<Long> dependsOnIds, Long gateKpiId, ComparisonOperator gateOperator,
		@Digits(integer = 24, fraction = 6) BigDecimal gateValue, @Size(max = 300) String gateText, Long version) {

	/** A new milestone with a title and a due date only. */
	public static MilestoneCommand of(String title, LocalDate dueDate) {
		return new MilestoneCommand(title, dueDate, null, null, null, null, null, Set.of(), null, null, null, null,
				null);
	}

}
