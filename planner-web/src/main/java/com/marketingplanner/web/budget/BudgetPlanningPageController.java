package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import com.marketingplanner.domain.budget.BudgetPeriod;
import com.marketingplanner.domain.budget.BudgetPeriodCommand;
import com.marketingplanner.domain.budget.BudgetPeriodService;
import com.marketingplanner.domain.budget.BudgetScenario;
import com.marketingplanner.domain.budget.BudgetScenarioCommand;
import com.marketingplanner.domain.budget.BudgetScenarioService;
import com.marketingplanner.domain.plan.PlanReferences;
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
 * Budget periods and budget scenarios of a plan on one page: the periods with their
 * monthly budgets, the scenarios compared side by side with the plan, and their forms.
 */
@Controller
@RequestMapping("/plans/{planId}/budget/scenarios")
class BudgetPlanningPageController {

	private final PlanService plans;

	private final BudgetPeriodService periods;

	private final BudgetScenarioService scenarios;

	private final PlanReferences references;

	BudgetPlanningPageController(PlanService plans, BudgetPeriodService periods, BudgetScenarioService scenarios,
			PlanReferences references) {
		this.plans = plans;
		this.periods = periods;
		this.scenarios = scenarios;
		this.references = references;
	}

	@GetMapping
	String page(@PathVariable long planId, @RequestParam(required = false) Long editPeriod,
			@RequestParam(required = false) Long editScenario, Model model) {
		if (editPeriod != null) {
			BudgetPeriod period = this.periods.get(planId, editPeriod);
			model.addAttribute("periodForm", new BudgetPeriodCommand(period.getName(), period.getStartDate(),
					period.getEndDate(), period.getAmount(), period.getNote(), period.getVersion()));
			model.addAttribute("editPeriodId", editPeriod);
		}
		if (editScenario != null) {
			BudgetScenario scenario = this.scenarios.get(planId, editScenario);
			model.addAttribute("scenarioForm", new BudgetScenarioCommand(scenario.getName(), scenario.getDescription(),
					scenario.getTotal(), lineRows(planId, scenario.getLineAmounts()), scenario.getVersion()));
			model.addAttribute("editScenarioId", editScenario);
		}
		return render(planId, model);
	}

	@PostMapping("/periods")
	String addPeriod(@PathVariable long planId, @Valid @ModelAttribute("periodForm") BudgetPeriodCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(planId, result, model, redirect, () -> this.periods.add(planId, form));
	}

	@PostMapping("/periods/{periodId}")
	String updatePeriod(@PathVariable long planId, @PathVariable long periodId,
			@Valid @ModelAttribute("periodForm") BudgetPeriodCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editPeriodId", periodId);
		return save(planId, result, model, redirect, () -> this.periods.update(planId, periodId, form));
	}

	@PostMapping("/periods/{periodId}/delete")
	String deletePeriod(@PathVariable long planId, @PathVariable long periodId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.periods.delete(planId, periodId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return redirect(planId);
	}

	@PostMapping
	String addScenario(@PathVariable long planId, @Valid @ModelAttribute("scenarioForm") BudgetScenarioCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(planId, result, model, redirect, () -> this.scenarios.create(planId, filled(form)));
	}

	@PostMapping("/{scenarioId}")
	String updateScenario(@PathVariable long planId, @PathVariable long scenarioId,
			@Valid @ModelAttribute("scenarioForm") BudgetScenarioCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editScenarioId", scenarioId);
		return save(planId, result, model, redirect, () -> this.scenarios.update(planId, scenarioId, filled(form)));
	}

	@PostMapping("/{scenarioId}/adopt")
	String adopt(@PathVariable long planId, @PathVariable long scenarioId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.scenarios.adopt(planId, scenarioId, version);
		redirect.addFlashAttribute("flash", "budgetplans.scenario.adopted");
		return redirect(planId);
	}

	@PostMapping("/{scenarioId}/discard")
	String discard(@PathVariable long planId, @PathVariable long scenarioId, @RequestParam long version,
			@RequestParam(defaultValue = "true") boolean discarded, RedirectAttributes redirect) {
		this.scenarios.discard(planId, scenarioId, version, discarded);
		redirect.addFlashAttribute("flash", "flash.saved");
		return redirect(planId);
	}

	@PostMapping("/{scenarioId}/delete")
	String deleteScenario(@PathVariable long planId, @PathVariable long scenarioId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.scenarios.delete(planId, scenarioId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return redirect(planId);
	}

	private String save(long planId, BindingResult result, Model model, RedirectAttributes redirect, Runnable action) {
		return FormSubmission.of(result, () -> render(planId, model))
			.run(action)
			.thenRedirect(redirect, "flash.saved", path(planId));
	}

	/**
	 * The form's line rows without the empty ones (an empty amount keeps the line's
	 * plan).
	 */
	private static BudgetScenarioCommand filled(BudgetScenarioCommand form) {
		List<BudgetScenarioCommand.LineAmount> amounts = (form.lineAmounts() != null) ? form.lineAmounts()
			.stream()
			.filter((row) -> row != null && row.budgetLineId() != null && row.amount() != null)
			.toList() : List.of();
		return new BudgetScenarioCommand(form.name(), form.description(), form.total(), amounts, form.version());
	}

	/** One row per line of the plan, with the scenario's amount where it gives one. */
	private List<BudgetScenarioCommand.LineAmount> lineRows(long planId, Map<Long, BigDecimal> amounts) {
		List<BudgetScenarioCommand.LineAmount> rows = new ArrayList<>();
		this.references.budgetLineNames(planId)
			.keySet()
			.forEach((lineId) -> rows.add(new BudgetScenarioCommand.LineAmount(lineId, amounts.get(lineId))));
		return rows;
	}

	private String render(long planId, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("periods", this.periods.all(planId));
		model.addAttribute("scenarios", this.scenarios.all(planId));
		model.addAttribute("comparison", this.scenarios.compare(planId));
		model.addAttribute("lineNames", this.references.budgetLineNames(planId));
		if (!model.containsAttribute("periodForm")) {
			model.addAttribute("periodForm", new BudgetPeriodCommand("", null, null, null, null, null));
		}
		if (!model.containsAttribute("scenarioForm")) {
			model.addAttribute("scenarioForm",
					new BudgetScenarioCommand("", null, null, lineRows(planId, Map.of()), null));
		}
		return "budget/scenarios";
	}

	private static String redirect(long planId) {
		return "redirect:" + path(planId);
	}

	private static String path(long planId) {
		return "/plans/" + planId + "/budget/scenarios";
	}

}
