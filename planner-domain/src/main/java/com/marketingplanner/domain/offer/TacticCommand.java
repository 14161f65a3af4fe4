package com.marketingplanner.domain.offer;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a tactic: its {@code name}, what one unit of its specification is
 * ({@code appliesTo}: 每篇笔记), the {@code campaignId} and {@code channelCode} it is on, its
 * {@code components} with counts and its {@code steps} in order, and a {@code note}.
 * {@code position} orders the list (null = last); {@code version} is the version read
 * (edits only).
 */
public record TacticCommand(@NotBlank @Size(max = 200) String name, @Size(max = 200) String appliesTo, Long campaignId,
		@Size(max = 50) String channelCode, @Size(max = Tactic.MAX_ITEMS) List<@Valid Component> components,
		@Size(max = Tactic.MAX_ITEMS) List<@Valid Step> steps, @Size(max = 5000) String note,
		@PositiveOrZero Integer position, Long version) {

	/** Rows a page form offers for components and for steps. */
	public static final int FORM_ROWS = 5;

	public TacticCommand {
		components = (components != null) ? components : List.of();
		steps = (steps != null) ? steps : List.of();
	}

	/** An empty form for a new tactic, with empty rows to fill. */
	public static TacticCommand blank() {
		return new TacticCommand("", null, null, null, List.of(), List.of(), null, null, null).padded();
	}

	/** The form of a stored tactic, with empty rows to add to. */
	public static TacticCommand from(Tactic tactic) {
		return new TacticCommand(tactic.getName(), tactic.getAppliesTo(), tactic.getCampaignId(),
				tactic.getChannelCode(),
				tactic.getComponents().stream().map((c) -> new Component(c.getComponent(), c.getQuantity())).toList(),
				tactic.getSteps().stream().map((s) -> new Step(s.getDay(), s.getAction())).toList(), tactic.getNote(),
				tactic.getPosition(), tactic.getVersion())
			.padded();
	}

	/** The command without the rows a form left empty. */
	public TacticCommand filled() {
		return new TacticCommand(this.name, this.appliesTo, this.campaignId, this.channelCode,
				this.components.stream().filter((row) -> row != null && !row.isEmpty()).toList(),
				this.steps.stream().filter((row) -> row != null && !row.isEmpty()).toList(), this.note, this.position,
				this.version);
	}

	/** The command with empty rows up to {@link #FORM_ROWS} more than it has. */
	public TacticCommand padded() {
		List<Component> componentRows = new ArrayList<>(this.components);
		List<Step> stepRows = new ArrayList<>(this.steps);
		while (componentRows.size() < Math.min(Tactic.MAX_ITEMS, this.components.size() + 2)
				|| componentRows.size() < FORM_ROWS) {
			componentRows.add(new Component(null, null));
		}
		while (stepRows.size() < Math.min(Tactic.MAX_ITEMS, this.steps.size() + 2) || stepRows.size() < FORM_ROWS) {
			stepRows.add(new Step(null, null));
		}
		return new TacticCommand(this.name, this.appliesTo, this.campaignId, this.channelCode, componentRows, stepRows,
				this.note, this.position, this.version);
	}

	/** One component and how many of it (短视频 × 3). */
	public record Component(@Size(max = 200) String component, Integer quantity) {

		/** Whether the row of a form is empty. */
		public boolean isEmpty() {
			return (this.component == null || this.component.isBlank()) && this.quantity == null;
		}

	}

	/** One step: the day after the start it happens on (null = order only) and what. */
	public record Step(Integer day, @Size(max = 500) String action) {

		/** Whether the row of a form is empty. */
		public boolean isEmpty() {
			return (this.action == null || this.action.isBlank()) && this.day == null;
		}

	}

}
