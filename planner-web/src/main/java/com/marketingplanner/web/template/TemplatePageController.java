package com.marketingplanner.web.template;

import java.security.Principal;
import java.time.LocalDate;

import jakarta.validation.Valid;

import com.marketingplanner.domain.template.PlansFromTemplates;
import com.marketingplanner.domain.template.UnknownPlanTemplateException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The template catalog and the form that makes a new plan from one of them. */
@Controller
class TemplatePageController {

	private final PlansFromTemplates templates;

	TemplatePageController(PlansFromTemplates templates) {
		this.templates = templates;
	}

	@GetMapping("/plans/templates")
	String list(Model model) {
		model.addAttribute("form", new FromTemplateCommand("", "", LocalDate.now().withDayOfMonth(1)));
		return page(model);
	}

	@PostMapping("/plans/templates")
	String create(@Valid @ModelAttribute("form") FromTemplateCommand form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(model);
		}
		try {
			long id = this.templates.create(form.templateCode(), principal.getName(), form.title(), form.startDate());
			redirect.addFlashAttribute("flash", "flash.created");
			return "redirect:/plans/" + id;
		}
		catch (UnknownPlanTemplateException ex) {
			result.rejectValue("templateCode", "error.template.unknown", new Object[] { ex.getCode() },
					ex.getMessage());
			return page(model);
		}
	}

	private String page(Model model) {
		model.addAttribute("templates", this.templates.templates());
		return "plans/templates";
	}

}
