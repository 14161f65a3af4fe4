package com.marketingplanner.web.plan;

import java.util.List;

import com.marketingplanner.domain.plan.PlanNote;
import com.marketingplanner.domain.plan.PlanNoteKind;

/**
 * A note on a plan as the API and the pages show it: {@code message} is the note in the
 * reader's language (a coded note rendered from its key, a note in words as written).
 */
public record NoteResponse(long id, PlanNoteKind kind, String subject, String code, List<String> arguments, String text,
		String message, long version) {

	static NoteResponse from(PlanNote note, String message) {
		return new NoteResponse(note.getId(), note.getKind(), note.getSubject(), note.getMessageKey(),
				note.getArguments(), note.getText(), message, note.getVersion());
	}

}
