package com.marketingplanner.web.framework;

import java.util.List;

import jakarta.validation.Valid;

import com.marketingplanner.analytics.cli.AttributionSettings;
import com.marketingplanner.domain.framework.Framework;
import com.marketingplanner.domain.framework.FrameworkCommand;
import com.marketingplanner.domain.framework.FrameworkItem;
import com.marketingplanner.domain.framework.FrameworkItemCommand;
import com.marketingplanner.domain.framework.FrameworkKind;
import com.marketingplanner.domain.framework.FrameworkService;
import com.marketingplanner.domain.plan.PlanService;
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

/**
 * The plan's frameworks page: each framework with its items in order (a step of a
 * sequence names the step it follows), forms in dialogs for a framework and for an item,
 * and moving an item up or down. Editing needs edit rights on the plan.
 */
@Controller
@RequestMapping("/plans/{planId}/frameworks")
class FrameworkPageController {

	private final PlanService plans;

	private final FrameworkService frameworks;

	FrameworkPageController(PlanService plans, FrameworkService frameworks) {
		this.plans = plans;
		this.frameworks = frameworks;
	}

	/**
	 * @param editFramework opens the framework form on this framework
	 * @param itemsOf opens the item form for this framework: a new item, or the item at
	 * {@code editItem}
	 */
	@GetMapping
	String page(@PathVariable long planId, @RequestParam(required = false) Long editFramework,
			@RequestParam(required = false) Long itemsOf, @RequestParam(required = false) Integer editItem,
			Model model) {
		if (editFramework != null) {
			Framework framework = this.frameworks.get(planId, editFramework);
			model.addAttribute("frameworkForm",
					new FrameworkCommand(framework.getKind(), framework.getName(), framework.getDescription(),
							framework.getSourceSection(), null, framework.getPosition(), framework.getVersion()));
			model.addAttribute("editFrameworkId", editFramework);
		}
		if (itemsOf != null) {
			Framework framework = this.frameworks.get(planId, itemsOf);
			model.addAttribute("itemFrameworkId", itemsOf);
			if (editItem != null) {
				FrameworkItem item = framework.item(editItem);
				model.addAttribute("itemForm", new FrameworkItemCommand(item.getName(), item.getDescription(),
						item.getValue(), item.getUnit(), item.getAttributionModel(), editItem, framework.getVersion()));
				model.addAttribute("editItemIndex", editItem);
			}
			else {
				model.addAttribute("itemForm",
						new FrameworkItemCommand("", null, null, null, null, null, framework.getVersion()));
			}
		}
		return render(planId, model);
	}

	@PostMapping
	String add(@PathVariable long planId, @Valid @ModelAttribute("frameworkForm") FrameworkCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("openFrameworkForm", true);
		return save(result, model, planId, redirect, () -> this.frameworks.create(planId, form));
	}

	@PostMapping("/{frameworkId}")
	String update(@PathVariable long planId, @PathVariable long frameworkId,
			@Valid @ModelAttribute("frameworkForm") FrameworkCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editFrameworkId", frameworkId);
		return save(result, model, planId, redirect, () -> this.frameworks.update(planId, frameworkId, form));
	}

	@PostMapping("/{frameworkId}/delete")
	String delete(@PathVariable long planId, @PathVariable long frameworkId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.frameworks.delete(planId, frameworkId, version);
		return FormSubmission.deleted(redirect, path(planId));
	}

	@PostMapping("/{frameworkId}/items")
	String addItem(@PathVariable long planId, @PathVariable long frameworkId,
			@Valid @ModelAttribute("itemForm") FrameworkItemCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("itemFrameworkId", frameworkId);
		return save(result, model, planId, redirect, () -> this.frameworks.addItem(planId, frameworkId, form));
	}

	@PostMapping("/{frameworkId}/items/{index}")
	String updateItem(@PathVariable long planId, @PathVariable long frameworkId, @PathVariable int index,
			@Valid @ModelAttribute("itemForm") FrameworkItemCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("itemFrameworkId", frameworkId);
		model.addAttribute("editItemIndex", index);
		return save(result, model, planId, redirect,
				() -> this.frameworks.updateItem(planId, frameworkId, index, form));
	}

	@PostMapping("/{frameworkId}/items/{index}/delete")
	String deleteItem(@PathVariable long planId, @PathVariable long frameworkId, @PathVariable int index,
			@RequestParam long version, RedirectAttributes redirect) {
		this.frameworks.deleteItem(planId, frameworkId, index, version);
		return FormSubmission.deleted(redirect, path(planId));
	}

	/** Moves an item one place up ({@code steps=-1}) or down ({@code steps=1}). */
	@PostMapping("/{frameworkId}/items/{index}/move")
	String moveItem(@PathVariable long planId, @PathVariable long frameworkId, @PathVariable int index,
			@RequestParam int steps, @RequestParam long version, RedirectAttributes redirect) {
		this.frameworks.moveItem(planId, frameworkId, index, steps, version);
		redirect.addFlashAttribute("flash", "flash.saved");
		return "redirect:" + path(planId);
	}

	private String save(BindingResult result, Model model, long planId, RedirectAttributes redirect, Runnable action) {
		return FormSubmission.of(result, () -> render(planId, model))
			.run(action)
			.thenRedirect(redirect, "flash.saved", path(planId));
	}

	private String render(long planId, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		List<FrameworkResponse> all = this.frameworks.all(planId).stream().map(FrameworkResponse::from).toList();
		model.addAttribute("frameworks", all);
		model.addAttribute("kinds", FrameworkKind.values());
		model.addAttribute("attributionModels", AttributionSettings.MODELS);
		if (!model.containsAttribute("frameworkForm")) {
			model.addAttribute("frameworkForm",
					new FrameworkCommand(FrameworkKind.MODEL, "", null, null, null, null, null));
		}
		if (model.containsAttribute("itemFrameworkId")) {
			Object id = model.getAttribute("itemFrameworkId");
			all.stream()
				.filter((framework) -> id.equals(framework.id()))
				.findFirst()
				.ifPresent((framework) -> model.addAttribute("itemFramework", framework));
		}
		return "framework/page";
	}

	private static String path(long planId) {
		return "/plans/" + planId + "/frameworks";
	}

}
