package com.marketingplanner.web.plan;

import com.marketingplanner.domain.plan.PlanNoteCommand;
import com.marketingplanner.domain.plan.PlanNoteKind;
import com.marketingplanner.domain.plan.PlanNoteService;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adds and deletes the notes shown on the plan overview. */
@Controller
@RequestMapping("/plans/{planId}/notes")
class PlanNotePageController {

	private final PlanNoteService notes;

	PlanNotePageController(PlanNoteService notes) {
		this.notes = notes;
	}

	@PostMapping
	String add(@PathVariable long planId, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		this.notes.add(planId, PlanNoteCommand.written(PlanNoteKind.SOURCE_INCONSISTENCY, subject, text));
		redirect.addFlashAttribute("flash", "flash.created");
		return "redirect:/plans/" + planId + "#notes";
	}

	@PostMapping("/{noteId}/delete")
	String delete(@PathVariable long planId, @PathVariable long noteId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.notes.delete(planId, noteId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return "redirect:/plans/" + planId + "#notes";
	}

}
