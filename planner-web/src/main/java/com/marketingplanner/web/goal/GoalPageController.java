package com.marketingplanner.web.goal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import com.marketingplanner.domain.goal.Goal;
import com.marketingplanner.domain.goal.GoalCategory;
import com.marketingplanner.domain.goal.GoalCommand;
import com.marketingplanner.domain.goal.GoalHorizon;
import com.marketingplanner.domain.goal.GoalNode;
import com.marketingplanner.domain.goal.GoalService;
import com.marketingplanner.domain.goal.KpiFilter;
import com.marketingplanner.domain.goal.KpiService;
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
 * The goals page: a KPI radar per goal category, the goal tree with each goal's KPIs, and
 * the goal form.
 */
@Controller
@RequestMapping("/plans/{planId}/goals")
class GoalPageController {

	private final PlanService plans;

	private final GoalService goals;

	private final KpiService kpis;

	private final KpiViews views;

	private final KpiCharts charts;

	GoalPageController(PlanService plans, GoalService goals, KpiService kpis, KpiViews views, KpiCharts charts) {
		this.charts = charts;
		this.plans = plans;
		this.goals = goals;
		this.kpis = kpis;
		this.views = views;
	}

	@ModelAttribute("categories")
	GoalCategory[] categories() {
		return GoalCategory.values();
	}

	@ModelAttribute("horizons")
	GoalHorizon[] horizons() {
		return GoalHorizon.values();
	}

	@GetMapping
	String list(@PathVariable long planId, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		Map<Long, List<KpiView>> byGoal = new LinkedHashMap<>();
		List<KpiView> all = this.views.of(this.kpis.all(planId, KpiFilter.none()));
		model.addAttribute("radars", this.charts.radars(all).stream().filter((chart) -> !chart.isEmpty()).toList());
		for (KpiView view : all) {
			byGoal.computeIfAbsent(view.kpi().getGoalId(), (key) -> new ArrayList<>()).add(view);
		}
		model.addAttribute("goals", nodes(this.goals.tree(planId), byGoal));
		model.addAttribute("planKpis", byGoal.getOrDefault(null, List.of()));
		return "goals/list";
	}

	@GetMapping("/new")
	String newGoal(@PathVariable long planId, @RequestParam(required = false) Long parentId, Model model) {
		model.addAttribute("form",
				new GoalCommand("", null, GoalCategory.MKT, GoalHorizon.SHORT, null, parentId, null, null));
		return form(planId, null, model);
	}

	@PostMapping
	String create(@PathVariable long planId, @Valid @ModelAttribute("form") GoalCommand form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> form(planId, null, model))
			.run(() -> this.goals.create(planId, form))
			.thenRedirect(redirect, "flash.created", "/plans/" + planId + "/goals");
	}

	@GetMapping("/{goalId}/edit")
	String edit(@PathVariable long planId, @PathVariable long goalId, Model model) {
		Goal goal = this.goals.get(planId, goalId);
		model.addAttribute("form", new GoalCommand(goal.getTitle(), goal.getDescription(), goal.getCategory(),
				goal.getHorizon(), goal.getHorizonLabel(), goal.getParentId(), goal.getOwner(), goal.getVersion()));
		return form(planId, goalId, model);
	}

	@PostMapping("/{goalId}")
	String update(@PathVariable long planId, @PathVariable long goalId, @Valid @ModelAttribute("form") GoalCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> form(planId, goalId, model))
			.run(() -> this.goals.update(planId, goalId, form))
			.thenRedirect(redirect, "flash.saved", "/plans/" + planId + "/goals");
	}

	@PostMapping("/{goalId}/delete")
	String delete(@PathVariable long planId, @PathVariable long goalId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.goals.delete(planId, goalId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return "redirect:/plans/" + planId + "/goals";
	}

	private String form(long planId, Long goalId, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("goalId", goalId);
		model.addAttribute("parents",
				flatten(this.goals.tree(planId), new ArrayList<>()).stream()
					.filter((goal) -> !goal.getId().equals(goalId))
					.toList());
		return "goals/goal-form";
	}

	private static List<GoalTreeNode> nodes(List<GoalNode> tree, Map<Long, List<KpiView>> byGoal) {
		return tree.stream()
			.map((node) -> new GoalTreeNode(node.goal(), byGoal.getOrDefault(node.goal().getId(), List.of()),
					nodes(node.children(), byGoal)))
			.toList();
	}

	/** The goals in reading order, for the "under goal" choice of the forms. */
	static List<Goal> flatten(List<GoalNode> nodes, List<Goal> into) {
		for (GoalNode node : nodes) {
			into.add(node.goal());
			flatten(node.children(), into);
		}
		return into;
	}

}
