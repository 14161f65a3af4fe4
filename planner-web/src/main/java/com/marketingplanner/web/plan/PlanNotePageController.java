package com.marketingplanner.web.plan;

import com.marketingplanner.domain.plan.PlanNoteCommand;
import com.marketingplanner.domain.plan.PlanNoteKind;
import com.marketingplanner.domain.plan.PlanNoteService;
import com.marketingplanner.domain.plan.PlanService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notes of a plan on their page (the source's inconsistencies, what an import
 * adjusted, the plan document download); adds and deletes notes.
 */
@Controller
@RequestMapping("/plans/{planId}/notes")
class PlanNotePageController {

	private final PlanNoteService notes;

	private final PlanService plans;

	private final PlanNotes rendered;

	PlanNotePageController(PlanNoteService notes, PlanService plans, PlanNotes rendered) {
		this.notes = notes;
		this.plans = plans;
		this.rendered = rendered;
	}

	@GetMapping
	String page(@PathVariable long planId, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("notes", this.rendered.of(planId));
		return "plans/notes-page";
	}

	@PostMapping
	String add(@PathVariable long planId, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		this.notes.add(planId, PlanNoteCommand.written(PlanNoteKind.SOURCE_INCONSISTENCY, subject, text));
		redirect.addFlashAttribute("flash", "flash.created");
		return "redirect:/plans/" + planId + "/notes";
	}

	@PostMapping("/{noteId}/delete")
	String delete(@PathVariable long planId, @PathVariable long noteId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.notes.delete(planId, noteId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return "redirect:/plans/" + planId + "/notes";
	}

}
