package com.marketingplanner.web.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import com.marketingplanner.domain.plan.PlanSection;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.plan.SectionCommand;
import com.marketingplanner.domain.plan.SectionNode;
import com.marketingplanner.domain.plan.SectionService;
import com.marketingplanner.web.page.FormSubmission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The section editor: the numbered tree, add, edit, move and delete. */
@Controller
@RequestMapping("/plans/{planId}/sections")
class SectionPageController {

	private final PlanService plans;

	private final SectionService sections;

	SectionPageController(PlanService plans, SectionService sections) {
		this.plans = plans;
		this.sections = sections;
	}

	@GetMapping
	String tree(@PathVariable long planId, Model model) {
		model.addAttribute("form", new SectionCommand(null, null, "", "", null));
		return page(planId, model);
	}

	@PostMapping
	String add(@PathVariable long planId, @Valid @ModelAttribute("form") SectionCommand form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> page(planId, model))
			.run(() -> this.sections.add(planId, form))
			.thenRedirect(redirect, "flash.created", "/plans/" + planId + "/sections");
	}

	@GetMapping("/{sectionId}/edit")
	String edit(@PathVariable long planId, @PathVariable long sectionId, Model model) {
		PlanSection section = this.sections.get(planId, sectionId);
		model.addAttribute("form", new SectionCommand(section.getParentId(), section.getPosition(),
				section.getHeading(), section.getBody(), section.getVersion()));
		return editPage(planId, sectionId, model);
	}

	@PostMapping("/{sectionId}")
	String update(@PathVariable long planId, @PathVariable long sectionId,
			@Valid @ModelAttribute("form") SectionCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> editPage(planId, sectionId, model))
			.run(() -> this.sections.update(planId, sectionId, form))
			.thenRedirect(redirect, "flash.saved", "/plans/" + planId + "/sections");
	}

	/** Moves a section one place up (-1) or down (+1) among its siblings. */
	@PostMapping("/{sectionId}/move")
	String move(@PathVariable long planId, @PathVariable long sectionId, @RequestParam int by,
			RedirectAttributes redirect) {
		PlanSection section = this.sections.get(planId, sectionId);
		this.sections.update(planId, sectionId,
				new SectionCommand(section.getParentId(), Math.max(0, section.getPosition() + Integer.signum(by)),
						section.getHeading(), section.getBody(), section.getVersion()));
		return "redirect:/plans/" + planId + "/sections";
	}

	@PostMapping("/{sectionId}/delete")
	String delete(@PathVariable long planId, @PathVariable long sectionId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.sections.delete(planId, sectionId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return "redirect:/plans/" + planId + "/sections";
	}

	private String page(long planId, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		List<SectionNode> tree = this.sections.tree(planId);
		model.addAttribute("sections", tree);
		model.addAttribute("flatSections", flatten(tree, new ArrayList<>()));
		return "plans/sections";
	}

	/** The tree in reading order, for the "under" choice of the form. */
	private static List<SectionNode> flatten(List<SectionNode> nodes, List<SectionNode> into) {
		for (SectionNode node : nodes) {
			into.add(node);
			flatten(node.children(), into);
		}
		return into;
	}

	private String editPage(long planId, long sectionId, Model model) {
		model.addAttribute("sectionId", sectionId);
		return page(planId, model);
	}

}
