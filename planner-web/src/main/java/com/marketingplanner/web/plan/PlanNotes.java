package com.marketingplanner.web.plan;

import java.util.List;

import com.marketingplanner.domain.plan.PlanNote;
import com.marketingplanner.domain.plan.PlanNoteService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The notes of a plan in the reader's language. */
@Component
public class PlanNotes {

	private final PlanNoteService notes;

	private final MessageSource messages;

	PlanNotes(PlanNoteService notes, MessageSource messages) {
		this.notes = notes;
		this.messages = messages;
	}

	public List<NoteResponse> of(long planId) {
		return this.notes.all(planId).stream().map(this::render).toList();
	}

	/** The note with its text in the reader's language. */
	public NoteResponse render(PlanNote note) {
		String message = (note.getMessageKey() != null) ? this.messages.getMessage(note.getMessageKey(),
				note.getArguments().toArray(), note.getMessageKey(), LocaleContextHolder.getLocale()) : note.getText();
		return NoteResponse.from(note, message);
	}

}
