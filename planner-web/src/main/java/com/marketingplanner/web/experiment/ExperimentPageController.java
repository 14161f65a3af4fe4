package com.marketingplanner.web.experiment;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import com.marketingplanner.domain.experiment.Experiment;
import com.marketingplanner.domain.experiment.ExperimentCommand;
import com.marketingplanner.domain.experiment.ExperimentCommand.VariantCommand;
import com.marketingplanner.domain.experiment.ExperimentService;
import com.marketingplanner.domain.experiment.ExperimentStatus;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.DomainException;
import com.marketingplanner.web.page.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The A/B tests page of a plan: every test with its results, and the test form. */
@Controller
@RequestMapping("/plans/{planId}/experiments")
class ExperimentPageController {

	/** Variant rows the form offers at least (blank rows are ignored). */
	static final int FORM_ROWS = 4;

	private final PlanService plans;

	private final ExperimentService experiments;

	private final PlanReferences references;

	private final MessageSource messages;

	ExperimentPageController(PlanService plans, ExperimentService experiments, PlanReferences references,
			MessageSource messages) {
		this.plans = plans;
		this.experiments = experiments;
		this.references = references;
		this.messages = messages;
	}

	@GetMapping
	String list(@PathVariable long planId, Model model) {
		return render(planId, model);
	}

	@PostMapping
	String register(@PathVariable long planId, @Valid @ModelAttribute("form") ExperimentCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.experiments.register(planId, form);
				redirect.addFlashAttribute("flash", "flash.created");
				return redirect(planId);
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("formOpen", true);
		return render(planId, model);
	}

	@GetMapping("/{experimentId}/edit")
	String edit(@PathVariable long planId, @PathVariable long experimentId, Model model) {
		Experiment experiment = this.experiments.get(planId, experimentId);
		List<VariantCommand> rows = experiment.getVariants()
			.stream()
			.map((variant) -> new VariantCommand(variant.getName(), variant.getExposures(), variant.getConversions()))
			.toList();
		model.addAttribute("form",
				new ExperimentCommand(experiment.getName(), experiment.getHypothesis(), experiment.getMetric(),
						experiment.getKpiId(), experiment.getStartDate(), experiment.getEndDate(),
						experiment.getStatus(), experiment.getConfidenceLevel(), experiment.getPower(),
						experiment.getMinimumDetectableEffect(), rows, experiment.getVersion()));
		model.addAttribute("editExperimentId", experimentId);
		model.addAttribute("formOpen", true);
		return render(planId, model);
	}

	@PostMapping("/{experimentId}")
	String update(@PathVariable long planId, @PathVariable long experimentId,
			@Valid @ModelAttribute("form") ExperimentCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.experiments.get(planId, experimentId);
		if (!result.hasErrors()) {
			try {
				this.experiments.update(planId, experimentId, form);
				redirect.addFlashAttribute("flash", "flash.saved");
				return redirect(planId);
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("editExperimentId", experimentId);
		model.addAttribute("formOpen", true);
		return render(planId, model);
	}

	@PostMapping("/{experimentId}/delete")
	String delete(@PathVariable long planId, @PathVariable long experimentId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.experiments.delete(planId, experimentId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return redirect(planId);
	}

	private String render(long planId, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("experiments",
				this.experiments.all(planId)
					.stream()
					.map((experiment) -> ExperimentView.of(experiment, this.messages, LocaleContextHolder.getLocale()))
					.toList());
		model.addAttribute("kpis", this.references.kpiNames(planId));
		model.addAttribute("statuses", ExperimentStatus.values());
		if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + "form")) {
			// a fresh or edited form gets spare rows; a form coming back with errors
			// keeps
			// the rows it was sent with (its binding result refers to them)
			ExperimentCommand form = (ExperimentCommand) model.getAttribute("form");
			if (form == null) {
				form = new ExperimentCommand("", null, null, null, null, null, null, null, null, null,
						List.of(new VariantCommand("A", null, null), new VariantCommand("B", null, null)), null);
			}
			model.addAttribute("form", withSpareRows(form));
		}
		return "experiments/experiments";
	}

	/**
	 * The form with blank variant rows up to {@value #FORM_ROWS}, and one more when full.
	 */
	private static ExperimentCommand withSpareRows(ExperimentCommand form) {
		List<VariantCommand> rows = new ArrayList<>((form.variants() != null) ? form.variants() : List.of());
		int wanted = Math.min(Experiment.MAX_VARIANTS, Math.max(FORM_ROWS, rows.size() + 1));
		while (rows.size() < wanted) {
			rows.add(new VariantCommand(null, null, null));
		}
		return new ExperimentCommand(form.name(), form.hypothesis(), form.metric(), form.kpiId(), form.startDate(),
				form.endDate(), form.status(), form.confidenceLevel(), form.power(), form.minimumDetectableEffect(),
				rows, form.version());
	}

	private static String redirect(long planId) {
		return "redirect:/plans/" + planId + "/experiments";
	}

}
