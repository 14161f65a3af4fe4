package com.marketingplanner.domain.plan;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notes of a plan, in the order they were added: inconsistencies of the source and
 * adjustments made by an import ({@link PlanNoteKind}).
 */
@Service
@Transactional(readOnly = true)
public class PlanNoteService {

	private final PlanService plans;

	private final PlanNoteRepository notes;

	public PlanNoteService(PlanService plans, PlanNoteRepository notes) {
		this.plans = plans;
		this.notes = notes;
	}

	public List<PlanNote> all(long planId) {
		this.plans.get(planId);
		return this.notes.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public PlanNote get(long planId, long noteId) {
		return PlanPart.requireIn(planId, this.notes.findById(noteId), "Note", noteId);
	}

	@Transactional
	public PlanNote add(long planId, PlanNoteCommand command) {
		Plan plan = this.plans.getEditable(planId);
		int position = (int) this.notes.countByPlanId(planId);
		PlanNote note = (command.code() != null && !command.code().isBlank())
				? PlanNote.coded(plan, position, command.kind(), command.subject(), command.code().strip(),
						command.arguments())
				: PlanNote.written(plan, position, command.kind(), command.subject(), command.text());
		return this.notes.save(note);
	}

	@Transactional
	public void delete(long planId, long noteId, long version) {
		this.plans.getEditable(planId);
		PlanNote note = get(planId, noteId);
		note.requireVersion(version);
		this.notes.delete(note);
	}

}
