package com.marketingplanner.domain.plan;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Adds a note to a plan: {@code text} in words, or {@code code} (a message key) with its
 * {@code arguments}. Notes are added and deleted, never edited.
 */
public record PlanNoteCommand(@NotNull PlanNoteKind kind, @Size(max = 300) String subject, @Size(max = 100) String code,
		@Size(max = 10) List<@Size(max = 1000) String> arguments, @Size(max = 20000) String text) {

	/** A note in words. */
	public static PlanNoteCommand written(PlanNoteKind kind, String subject, String text) {
		return new PlanNoteCommand(kind, subject, null, List.of(), text);
	}

}
