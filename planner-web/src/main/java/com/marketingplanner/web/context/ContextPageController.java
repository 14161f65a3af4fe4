package com.marketingplanner.web.context;

import jakarta.validation.Valid;

import com.marketingplanner.domain.context.ContextMetric;
import com.marketingplanner.domain.context.ContextMetricCommand;
import com.marketingplanner.domain.context.ContextMetricService;
import com.marketingplanner.domain.context.ContextQualifier;
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
 * The plan's context page: its profile (kind, business, how its source states money) and
 * the baselines and background figures it cites, with their forms in dialogs; editing
 * needs edit rights on the plan.
 */
@Controller
@RequestMapping("/plans/{planId}/context")
class ContextPageController {

	private final PlanService plans;

	private final ContextMetricService metrics;

	ContextPageController(PlanService plans, ContextMetricService metrics) {
		this.plans = plans;
		this.metrics = metrics;
	}

	@GetMapping
	String page(@PathVariable long planId, @RequestParam(required = false) Long edit, Model model) {
		if (edit != null) {
			ContextMetric metric = this.metrics.get(planId, edit);
			model.addAttribute("metricForm",
					new ContextMetricCommand(metric.getName(), metric.getQualifier(), metric.getValue(),
							metric.getUpperValue(), metric.getUnit(), metric.getChangePercent(),
							metric.getChangeBasis(), metric.getComparisonValue(), metric.getComparisonLabel(),
							metric.getAsOfYear(), metric.getSourceSection(), metric.getNote(), metric.getPosition(),
							metric.getVersion()));
			model.addAttribute("editMetricId", edit);
		}
		return render(planId, model);
	}

	@PostMapping("/metrics")
	String add(@PathVariable long planId, @Valid @ModelAttribute("metricForm") ContextMetricCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(result, model, planId, redirect, () -> this.metrics.add(planId, form));
	}

	@PostMapping("/metrics/{metricId}")
	String update(@PathVariable long planId, @PathVariable long metricId,
			@Valid @ModelAttribute("metricForm") ContextMetricCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editMetricId", metricId);
		return save(result, model, planId, redirect, () -> this.metrics.update(planId, metricId, form));
	}

	@PostMapping("/metrics/{metricId}/delete")
	String delete(@PathVariable long planId, @PathVariable long metricId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.metrics.delete(planId, metricId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return "redirect:" + path(planId);
	}

	private String save(BindingResult result, Model model, long planId, RedirectAttributes redirect, Runnable action) {
		return FormSubmission.of(result, () -> render(planId, model))
			.run(action)
			.thenRedirect(redirect, "flash.saved", path(planId));
	}

	private String render(long planId, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("metrics", this.metrics.all(planId));
		model.addAttribute("qualifiers", ContextQualifier.values());
		if (!model.containsAttribute("metricForm")) {
			model.addAttribute("metricForm", new ContextMetricCommand("", null, null, null, null, null, null, null,
					null, null, null, null, null, null));
		}
		return "context/page";
	}

	private static String path(long planId) {
		return "/plans/" + planId + "/context";
	}

}
