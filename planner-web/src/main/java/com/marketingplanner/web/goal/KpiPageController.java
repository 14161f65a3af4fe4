package com.marketingplanner.web.goal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.Valid;

import com.marketingplanner.analytics.goal.Direction;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.goal.GoalCategory;
import com.marketingplanner.domain.goal.GoalService;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiCommand;
import com.marketingplanner.domain.goal.KpiMeasurement;
import com.marketingplanner.domain.goal.KpiService;
import com.marketingplanner.domain.goal.MeasurementCommand;
import com.marketingplanner.domain.goal.MeasurementService;
import com.marketingplanner.domain.goal.QualitativeStatus;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.Frequency;
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

/** A KPI's page (levels, attainment, trend, measurements) and the KPI form. */
@Controller
@RequestMapping("/plans/{planId}/kpis")
class KpiPageController {

	private final PlanService plans;

	private final GoalService goals;

	private final KpiService kpis;

	private final MeasurementService measurements;

	private final KpiViews views;

	private final KpiCharts charts;

	KpiPageController(PlanService plans, GoalService goals, KpiService kpis, MeasurementService measurements,
			KpiViews views, KpiCharts charts) {
		this.charts = charts;
		this.plans = plans;
		this.goals = goals;
		this.kpis = kpis;
		this.measurements = measurements;
		this.views = views;
	}

	@ModelAttribute("categories")
	GoalCategory[] categories() {
		return GoalCategory.values();
	}

	@ModelAttribute("directions")
	Direction[] directions() {
		return Direction.values();
	}

	@ModelAttribute("qualitativeStatuses")
	QualitativeStatus[] qualitativeStatuses() {
		return QualitativeStatus.values();
	}

	@ModelAttribute("targetTypes")
	TargetType[] targetTypes() {
		return TargetType.values();
	}

	@ModelAttribute("frequencies")
	Frequency[] frequencies() {
		return Frequency.values();
	}

	@GetMapping("/new")
	String newKpi(@PathVariable long planId, @RequestParam(required = false) Long goalId, Model model) {
		model.addAttribute("form", new KpiCommand(goalId, "", null, null, null, Direction.HIGHER_IS_BETTER,
				TargetType.AT_LEAST, null, null, null, null, null, null, null, false, null));
		return form(planId, null, model);
	}

	@PostMapping
	String create(@PathVariable long planId, @Valid @ModelAttribute("form") KpiCommand form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> form(planId, null, model))
			.apply(() -> this.kpis.create(planId, form))
			.thenRedirect(redirect, "flash.created", (kpi) -> "/plans/" + planId + "/kpis/" + kpi.getId());
	}

	@GetMapping("/{kpiId}")
	String show(@PathVariable long planId, @PathVariable long kpiId, Model model) {
		model.addAttribute("form", new MeasurementCommand(null, null, null, null, null));
		return page(planId, kpiId, model);
	}

	@GetMapping("/{kpiId}/edit")
	String edit(@PathVariable long planId, @PathVariable long kpiId, Model model) {
		Kpi kpi = this.kpis.get(planId, kpiId);
		model.addAttribute("form",
				new KpiCommand(kpi.getGoalId(), kpi.getName(), kpi.getDefinition(), kpi.getCategory(), kpi.getUnit(),
						kpi.getDirection(), kpi.getTargetType(), Numbers.plain(kpi.getBaseline()),
						Numbers.plain(kpi.getTarget()), Numbers.plain(kpi.getChallenge()),
						Numbers.plain(kpi.getBenchmark()), kpi.getDueDate(), kpi.getFrequency(), kpi.getOwner(),
						kpi.isBenchmarkCase(), kpi.getAim(), kpi.getQualitativeStatus(), kpi.getVersion()));
		return form(planId, kpiId, model);
	}

	@PostMapping("/{kpiId}")
	String update(@PathVariable long planId, @PathVariable long kpiId, @Valid @ModelAttribute("form") KpiCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> form(planId, kpiId, model))
			.run(() -> this.kpis.update(planId, kpiId, form))
			.thenRedirect(redirect, "flash.saved", "/plans/" + planId + "/kpis/" + kpiId);
	}

	@PostMapping("/{kpiId}/delete")
	String delete(@PathVariable long planId, @PathVariable long kpiId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.kpis.delete(planId, kpiId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return "redirect:/plans/" + planId + "/goals";
	}

	@PostMapping("/{kpiId}/measurements")
	String addMeasurement(@PathVariable long planId, @PathVariable long kpiId,
			@Valid @ModelAttribute("form") MeasurementCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> page(planId, kpiId, model))
			.run(() -> this.measurements.add(planId, kpiId, form))
			.thenRedirect(redirect, "flash.created", "/plans/" + planId + "/kpis/" + kpiId);
	}

	@PostMapping("/{kpiId}/measurements/{measurementId}/delete")
	String deleteMeasurement(@PathVariable long planId, @PathVariable long kpiId, @PathVariable long measurementId,
			RedirectAttributes redirect) {
		this.measurements.delete(planId, kpiId, measurementId);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return "redirect:/plans/" + planId + "/kpis/" + kpiId;
	}

	private String page(long planId, long kpiId, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		Kpi kpi = this.kpis.get(planId, kpiId);
		KpiView view = this.views.of(kpi);
		model.addAttribute("view", view);
		List<KpiMeasurement> newestFirst = this.measurements.list(planId, kpiId);
		model.addAttribute("measurements", newestFirst);
		List<KpiMeasurement> oldestFirst = new ArrayList<>(newestFirst);
		Collections.reverse(oldestFirst);
		model.addAttribute("trend", this.charts.trend("kpi-trend", view, oldestFirst));
		return "goals/kpi";
	}

	private String form(long planId, Long kpiId, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("kpiId", kpiId);
		model.addAttribute("goals", GoalPageController.flatten(this.goals.tree(planId), new ArrayList<>()));
		return "goals/kpi-form";
	}

}
