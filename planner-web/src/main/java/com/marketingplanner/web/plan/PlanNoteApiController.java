package com.marketingplanner.web.plan;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import com.marketingplanner.domain.plan.PlanNote;
import com.marketingplanner.domain.plan.PlanNoteCommand;
import com.marketingplanner.domain.plan.PlanNoteService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans/{planId}/notes")
@Tag(name = "Notes", description = "What a plan's source gets wrong, and what an import adjusted")
class PlanNoteApiController {

	private final PlanNoteService notes;

	private final PlanNotes rendered;

	PlanNoteApiController(PlanNoteService notes, PlanNotes rendered) {
		this.notes = notes;
		this.rendered = rendered;
	}

	@GetMapping
	@Operation(
			summary = "The plan's notes in the order they were added, each with its message in the reader's language")
	List<NoteResponse> list(@PathVariable long planId) {
		return this.rendered.of(planId);
	}

	@PostMapping
	@Operation(summary = "Add a note: text in words, or a message code with arguments")
	ResponseEntity<NoteResponse> add(@PathVariable long planId, @Valid @RequestBody PlanNoteCommand command) {
		PlanNote note = this.notes.add(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/notes/" + note.getId()))
			.body(this.rendered.render(note));
	}

	@DeleteMapping("/{noteId}")
	@Operation(summary = "Delete a note (optimistic locking: the version read)")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long noteId, @RequestParam long version) {
		this.notes.delete(planId, noteId, version);
		return ResponseEntity.noContent().build();
	}

}
