package com.marketingplanner.web.driver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import com.marketingplanner.domain.driver.KpiFormula;
import com.marketingplanner.domain.driver.KpiFormulaCommand;
import com.marketingplanner.domain.driver.KpiFormulaService;
import com.marketingplanner.domain.driver.PlanMix;
import com.marketingplanner.domain.driver.PlanMixCommand;
import com.marketingplanner.domain.driver.PlanMixService;
import com.marketingplanner.domain.driver.WhatIfCommand;
import com.marketingplanner.domain.driver.WhatIfResult;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.DomainException;
import com.marketingplanner.web.page.FormErrors;
import com.marketingplanner.web.page.FormSubmission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The driver trees and mixes of a plan on one page (formulas checked against the stated
 * targets, mixes checked against 100 %, their forms in dialogs), and the what-if page.
 */
@Controller
@RequestMapping("/plans/{planId}/drivers")
class DriverPageController {

	/** Rows a form offers for factors and shares (empty rows are left out). */
	static final int FORM_ROWS = 6;

	private final PlanService plans;

	private final KpiFormulaService formulas;

	private final PlanMixService mixes;

	private final PlanReferences references;

	private final WhatIfChart chart;

	DriverPageController(PlanService plans, KpiFormulaService formulas, PlanMixService mixes, PlanReferences references,
			WhatIfChart chart) {
		this.plans = plans;
		this.formulas = formulas;
		this.mixes = mixes;
		this.references = references;
		this.chart = chart;
	}

	@GetMapping
	String page(@PathVariable long planId, @RequestParam(required = false) Long editFormula,
			@RequestParam(required = false) Long editMix, Model model) {
		if (editFormula != null) {
			KpiFormula formula = this.formulas.get(planId, editFormula);
			List<KpiFormulaCommand.Factor> rows = new ArrayList<>(formula.getFactors()
				.stream()
				.map((f) -> new KpiFormulaCommand.Factor(f.getDriverKpiId(), f.getConstant(), f.isDivides(),
						f.getLabel()))
				.toList());
			model.addAttribute("formulaForm", new KpiFormulaCommand(formula.getKpiId(), formula.getName(),
					formula.getNote(), padFactors(rows), formula.getVersion()));
			model.addAttribute("editFormulaId", editFormula);
		}
		if (editMix != null) {
			PlanMix mix = this.mixes.get(planId, editMix);
			List<PlanMixCommand.Share> rows = new ArrayList<>(
					mix.getShares().stream().map((s) -> new PlanMixCommand.Share(s.getLabel(), s.getShare())).toList());
			model.addAttribute("mixForm",
					new PlanMixCommand(mix.getName(), mix.getBase(), mix.getNote(), padShares(rows), mix.getVersion()));
			model.addAttribute("editMixId", editMix);
		}
		return render(planId, model);
	}

	@PostMapping("/formulas")
	String addFormula(@PathVariable long planId, @Valid @ModelAttribute("formulaForm") KpiFormulaCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(planId, result, model, redirect, () -> this.formulas.create(planId, filled(form)));
	}

	@PostMapping("/formulas/{formulaId}")
	String updateFormula(@PathVariable long planId, @PathVariable long formulaId,
			@Valid @ModelAttribute("formulaForm") KpiFormulaCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editFormulaId", formulaId);
		return save(planId, result, model, redirect, () -> this.formulas.update(planId, formulaId, filled(form)));
	}

	@PostMapping("/formulas/{formulaId}/delete")
	String deleteFormula(@PathVariable long planId, @PathVariable long formulaId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.formulas.delete(planId, formulaId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return "redirect:" + path(planId);
	}

	@PostMapping("/mixes")
	String addMix(@PathVariable long planId, @Valid @ModelAttribute("mixForm") PlanMixCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(planId, result, model, redirect, () -> this.mixes.create(planId, filled(form)));
	}

	@PostMapping("/mixes/{mixId}")
	String updateMix(@PathVariable long planId, @PathVariable long mixId,
			@Valid @ModelAttribute("mixForm") PlanMixCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editMixId", mixId);
		return save(planId, result, model, redirect, () -> this.mixes.update(planId, mixId, filled(form)));
	}

	@PostMapping("/mixes/{mixId}/delete")
	String deleteMix(@PathVariable long planId, @PathVariable long mixId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.mixes.delete(planId, mixId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return "redirect:" + path(planId);
	}

	/**
	 * The what-if: with a driver and a value, every dependent KPI's target before → after
	 * (nothing saved), as a table and a chart.
	 */
	@GetMapping("/what-if")
	String whatIf(@PathVariable long planId, @RequestParam(required = false) Long driverKpiId,
			@RequestParam(defaultValue = "BY_PERCENT") WhatIfCommand.Change change,
			@RequestParam(required = false) BigDecimal value, Model model) {
		WhatIfCommand command = new WhatIfCommand(driverKpiId, change, value, null);
		BindingResult errors = new DirectFieldBindingResult(command, "whatIf");
		if (driverKpiId != null && value != null) {
			try {
				model.addAttribute("result", this.formulas.whatIf(planId, command));
			}
			catch (DomainException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return renderWhatIf(planId, command, errors, model);
	}

	/** Applies the what-if as new targets (planners who may edit; one transaction). */
	@PostMapping("/what-if")
	String applyWhatIf(@PathVariable long planId, @Valid @ModelAttribute("whatIf") WhatIfCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> renderWhatIf(planId, form, result, model))
			.run(() -> this.formulas.apply(planId, form))
			.thenRedirect(redirect, "drivers.whatif.applied", path(planId));
	}

	private String renderWhatIf(long planId, WhatIfCommand command, BindingResult errors, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("driverChoices", this.formulas.driverChoices(planId));
		model.addAttribute("changes", WhatIfCommand.Change.values());
		model.addAttribute("whatIf", command);
		model.addAttribute("org.springframework.validation.BindingResult.whatIf", errors);
		if (!model.containsAttribute("result") && command.driverKpiId() != null && command.value() != null
				&& !errors.hasErrors()) {
			try {
				model.addAttribute("result", this.formulas.whatIf(planId, command));
			}
			catch (DomainException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		Object result = model.getAttribute("result");
		if (result instanceof WhatIfResult whatIf) {
			model.addAttribute("chart", this.chart.of(whatIf));
		}
		return "drivers/what-if";
	}

	private String save(long planId, BindingResult result, Model model, RedirectAttributes redirect, Runnable action) {
		return FormSubmission.of(result, () -> render(planId, model))
			.run(action)
			.thenRedirect(redirect, "flash.saved", path(planId));
	}

	private String render(long planId, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("checks", this.formulas.check(planId));
		model.addAttribute("mixes", this.mixes.all(planId));
		model.addAttribute("kpiNames", this.references.kpiNames(planId));
		if (!model.containsAttribute("formulaForm")) {
			model.addAttribute("formulaForm",
					new KpiFormulaCommand(null, "", null, padFactors(new ArrayList<>()), null));
		}
		if (!model.containsAttribute("mixForm")) {
			model.addAttribute("mixForm", new PlanMixCommand("", null, null, padShares(new ArrayList<>()), null));
		}
		return "drivers/page";
	}

	/** The form's factor rows without the empty ones. */
	private static KpiFormulaCommand filled(KpiFormulaCommand form) {
		List<KpiFormulaCommand.Factor> rows = (form.factors() != null)
				? form.factors().stream().filter((row) -> row != null && !row.isEmpty()).toList() : List.of();
		return new KpiFormulaCommand(form.kpiId(), form.name(), form.note(), rows, form.version());
	}

	/** The form's share rows without the empty ones. */
	private static PlanMixCommand filled(PlanMixCommand form) {
		List<PlanMixCommand.Share> rows = (form.shares() != null)
				? form.shares().stream().filter((row) -> row != null && !row.isEmpty()).toList() : List.of();
		return new PlanMixCommand(form.name(), form.base(), form.note(), rows, form.version());
	}

	private static List<KpiFormulaCommand.Factor> padFactors(List<KpiFormulaCommand.Factor> rows) {
		while (rows.size() < FORM_ROWS) {
			rows.add(new KpiFormulaCommand.Factor(null, null, false, null));
		}
		return rows;
	}

	private static List<PlanMixCommand.Share> padShares(List<PlanMixCommand.Share> rows) {
		while (rows.size() < FORM_ROWS) {
			rows.add(new PlanMixCommand.Share(null, null));
		}
		return rows;
	}

	private static String path(long planId) {
		return "/plans/" + planId + "/drivers";
	}

}
