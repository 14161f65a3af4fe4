package com.marketingplanner.web.plan;

import java.security.Principal;
import java.time.LocalDate;

import jakarta.validation.Valid;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanFilter;
import com.marketingplanner.domain.plan.PlanLanguage;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.schedule.PlanRescheduling;
import com.marketingplanner.domain.plan.PlanStatus;
import com.marketingplanner.domain.plan.PlanStatusCommand;
import com.marketingplanner.domain.plan.SectionService;
import com.marketingplanner.domain.risk.RiskService;
import com.marketingplanner.domain.risk.RiskStatus;
import com.marketingplanner.domain.shared.DomainException;
import com.marketingplanner.domain.timeline.MilestoneService;
import com.marketingplanner.domain.timeline.MilestoneStatus;
import com.marketingplanner.web.budget.BudgetSummaries;
import com.marketingplanner.web.goal.KpiSummaries;
import com.marketingplanner.web.page.FormErrors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portfolio (plan list), the plan overview (the plan at a glance: budget check, KPI
 * statuses, open milestones, highest risks, sections) and the plan header form.
 */
@Controller
class PlanPageController {

	private static final int PAGE_SIZE = 20;

	private static final int GLANCE_ITEMS = 5;

	private final PlanService plans;

	private final SectionService sections;

	private final BudgetSummaries budgets;

	private final KpiSummaries kpis;

	private final MilestoneService milestones;

	private final RiskService risks;

	private final PlanNotes notes;

	private final PlanRescheduling rescheduling;

	PlanPageController(PlanService plans, SectionService sections, BudgetSummaries budgets, KpiSummaries kpis,
			MilestoneService milestones, RiskService risks, PlanNotes notes, PlanRescheduling rescheduling) {
		this.plans = plans;
		this.sections = sections;
		this.budgets = budgets;
		this.kpis = kpis;
		this.milestones = milestones;
		this.risks = risks;
		this.notes = notes;
		this.rescheduling = rescheduling;
	}

	@GetMapping("/plans")
	String list(@RequestParam(required = false) PlanStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.plans.list(new PlanFilter(status, null, q, year), PageRequest
			.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "periodStart").and(Sort.by("id")))));
		model.addAttribute("statuses", PlanStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("year", year);
		return "plans/list";
	}

	@GetMapping("/plans/new")
	String newPlan(Model model) {
		int year = LocalDate.now().getYear();
		model.addAttribute("form", new PlanCommand("", "", PlanLanguage.ZH, "CNY", LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31), null, null));
		return form(model, null);
	}

	@PostMapping("/plans")
	String create(@Valid @ModelAttribute("form") PlanCommand form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			Plan plan = this.plans.create(form, principal.getName());
			redirect.addFlashAttribute("flash", "flash.created");
			return "redirect:/plans/" + plan.getId();
		}
		catch (DomainException ex) {
			FormErrors.reject(result, ex);
			return form(model, null);
		}
	}

	@GetMapping("/plans/{planId}")
	String overview(@PathVariable long planId, Model model) {
		Plan plan = this.plans.get(planId);
		model.addAttribute("plan", plan);
		model.addAttribute("sections", this.sections.tree(planId));
		model.addAttribute("budget", this.budgets.of(planId));
		model.addAttribute("kpis", this.kpis.of(planId));
		model.addAttribute("openMilestones",
				this.milestones.all(planId)
					.stream()
					.filter((milestone) -> milestone.getStatus() != MilestoneStatus.DONE
							&& milestone.getStatus() != MilestoneStatus.CANCELLED)
					.limit(GLANCE_ITEMS)
					.toList());
		model.addAttribute("topRisks",
				this.risks.all(planId)
					.stream()
					.filter((risk) -> risk.getStatus() != RiskStatus.CLOSED)
					.limit(GLANCE_ITEMS)
					.toList());
		model.addAttribute("notes", this.notes.of(planId));
		return "plans/overview";
	}

	@GetMapping("/plans/{planId}/edit")
	String edit(@PathVariable long planId, Model model) {
		Plan plan = this.plans.get(planId);
		model.addAttribute("form",
				new PlanCommand(plan.getTitle(), plan.getDescription(), plan.getLanguage(), plan.getCurrency(),
						plan.getPeriodStart(), plan.getPeriodEnd(), plan.getTotalBudget(), plan.getVersion()));
		return form(model, plan);
	}

	@PostMapping("/plans/{planId}")
	String update(@PathVariable long planId, @Valid @ModelAttribute("form") PlanCommand form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean moveDates, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, this.plans.get(planId));
		}
		try {
			this.rescheduling.update(planId, form, moveDates);
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/plans/" + planId;
		}
		catch (DomainException ex) {
			FormErrors.reject(result, ex);
			return form(model, this.plans.get(planId));
		}
	}

	@PostMapping("/plans/{planId}/status")
	String changeStatus(@PathVariable long planId, @RequestParam PlanStatus status, @RequestParam long version,
			RedirectAttributes redirect) {
		this.plans.changeStatus(planId, new PlanStatusCommand(status, version));
		redirect.addFlashAttribute("flash", "plans.status.changed");
		redirect.addFlashAttribute("flashArgs", status);
		return "redirect:/plans/" + planId;
	}

	@PostMapping("/plans/{planId}/delete")
	String delete(@PathVariable long planId, @RequestParam long version, RedirectAttributes redirect) {
		this.plans.delete(planId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return "redirect:/plans";
	}

	private String form(Model model, Plan plan) {
		model.addAttribute("plan", plan);
		model.addAttribute("move", (plan != null) ? this.rescheduling.preview(plan.getId()) : null);
		model.addAttribute("languages", PlanLanguage.values());
		return "plans/form";
	}

}
