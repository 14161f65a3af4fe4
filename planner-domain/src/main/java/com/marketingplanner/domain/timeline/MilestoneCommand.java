package com.marketingplanner.domain.timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a milestone. {@code phaseId} null = no phase. {@code status} null keeps
 * the current status (PLANNED for a new milestone); a different status must be a step the
 * life cycle allows. {@code version} is the version read (edits only).
 * <p>
 * The gate is {@code gateConditions} combined by {@code gateMatch} (null: ALL); an empty
 * list removes the gate. Without {@code gateConditions} (null) the single-gate fields of
 * earlier clients apply: {@code gateKpiId}, {@code gateOperator}, {@code gateValue} (all
 * three or none) with {@code gateText}, as a one-condition gate — unless they are the
 * gate exactly as such a client read it, which keeps every condition the gate has.
 */
public record MilestoneCommand(@NotBlank @Size(max = 300) String title, @NotNull LocalDate dueDate, Long phaseId,
		@Size(max = 20000) String deliverable, @Size(max = 20000) String acceptanceCriteria, MilestoneStatus status,
		@Size(max = 200) String owner, Set<Long> dependsOnIds, Long gateKpiId, ComparisonOperator gateOperator,
		@Digits(integer = 24, fraction = 6) BigDecimal gateValue, @Size(max = 300) String gateText, Long version,
		GateMatch gateMatch, @Size(max = 20) List<@Valid GateConditionCommand> gateConditions) {

	/** A new milestone with a title and a due date only. */
	public static MilestoneCommand of(String title, LocalDate dueDate) {
		return new MilestoneCommand(title, dueDate, null, null, null, null, null, Set.of(), null, null, null, null,
				null, null, null);
	}

	/** The milestone as it is, as a command to edit (its gate as conditions). */
	public static MilestoneCommand from(Milestone milestone) {
		return new MilestoneCommand(milestone.getTitle(), milestone.getDueDate(), milestone.getPhaseId(),
				milestone.getDeliverable(), milestone.getAcceptanceCriteria(), milestone.getStatus(),
				milestone.getOwner(), Set.copyOf(milestone.getDependsOnIds()), null, null, null, null,
				milestone.getVersion(), milestone.getGateMatch(),
				milestone.getGateConditions().stream().map(GateConditionCommand::of).toList());
	}

	/** This command with other dependencies. */
	public MilestoneCommand dependingOn(Set<Long> milestoneIds) {
		return new MilestoneCommand(this.title, this.dueDate, this.phaseId, this.deliverable, this.acceptanceCriteria,
				this.status, this.owner, milestoneIds, this.gateKpiId, this.gateOperator, this.gateValue, this.gateText,
				this.version, this.gateMatch, this.gateConditions);
	}

	/** This command with other gate conditions (a form's rows). */
	public MilestoneCommand withGateConditions(List<GateConditionCommand> conditions) {
		return new MilestoneCommand(this.title, this.dueDate, this.phaseId, this.deliverable, this.acceptanceCriteria,
				this.status, this.owner, this.dependsOnIds, this.gateKpiId, this.gateOperator, this.gateValue,
				this.gateText, this.version, this.gateMatch, conditions);
	}

}
