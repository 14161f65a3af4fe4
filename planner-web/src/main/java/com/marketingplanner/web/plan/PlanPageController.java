package com.marketingplanner.web.plan;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import jakarta.validation.Valid;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanFilter;
import com.marketingplanner.domain.plan.PlanKind;
import com.marketingplanner.domain.plan.PlanLanguage;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.schedule.PlanRescheduling;
import com.marketingplanner.domain.plan.PlanStatus;
import com.marketingplanner.domain.plan.PlanStatusCommand;
import com.marketingplanner.domain.review.PlanLifecycle;
import com.marketingplanner.domain.risk.RiskService;
import com.marketingplanner.domain.timeline.MilestoneService;
import com.marketingplanner.web.api.PageResponse;
import com.marketingplanner.web.budget.BudgetSummaries;
import com.marketingplanner.web.goal.KpiDashboard;
import com.marketingplanner.web.page.FormSubmission;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
 * The portfolio (plan list), the plan overview (the plan at a glance on one screen: KPI
 * tiles, budget split and plan vs actual, next milestones, highest risks, alerts) and the
 * plan header form.
 */
@Controller
class PlanPageController {

	private static final int PAGE_SIZE = 20;

	private static final int GLANCE_ITEMS = 4;

	private static final int KPI_TILES = 6;

	private final PlanService plans;

	private final BudgetSummaries budgets;

	private final KpiDashboard kpis;

	private final MilestoneService milestones;

	private final RiskService risks;

	private final PortfolioView portfolio;

	private final PortfolioLink portfolioLink;

	private final PlanLifecycle lifecycle;

	private final PlanRescheduling rescheduling;

	PlanPageController(PlanService plans, PortfolioView portfolio, PortfolioLink portfolioLink, BudgetSummaries budgets,
			KpiDashboard kpis, MilestoneService milestones, RiskService risks, PlanLifecycle lifecycle,
			PlanRescheduling rescheduling) {
		this.plans = plans;
		this.portfolio = portfolio;
		this.portfolioLink = portfolioLink;
		this.lifecycle = lifecycle;
		this.budgets = budgets;
		this.kpis = kpis;
		this.milestones = milestones;
		this.risks = risks;
		this.rescheduling = rescheduling;
	}

	@GetMapping("/plans")
	String list(@RequestParam(required = false) PlanStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model, Principal principal) {
		this.portfolioLink.remember(request);
		PlanFilter filter = new PlanFilter(status, null, q, year);
		Sort order = Sort.by(Sort.Direction.DESC, "periodStart").and(Sort.by("id"));
		Page<Plan> found = this.plans.listVisibleTo(principal.getName(), filter,
				PageRequest.of(PageResponse.pageShown(page), PAGE_SIZE, order));
		// the totals cover every plan that matches and the person may read, not only the
		// page's
		List<Plan> matching = (found.getTotalElements() > found.getNumberOfElements())
				? this.plans.listVisibleTo(principal.getName(), filter, Pageable.unpaged(order)).getContent()
				: found.getContent();
		PortfolioView.Portfolio portfolio = this.portfolio.of(found.getContent(), matching);
		model.addAttribute("page", new PageImpl<>(portfolio.rows(), found.getPageable(), found.getTotalElements()));
		model.addAttribute("totals", portfolio.totals());
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
				LocalDate.of(year, 12, 31), null, null, null, null, true, null));
		return form(model, null);
	}

	@PostMapping("/plans")
	String create(@Valid @ModelAttribute("form") PlanCommand form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> form(model, null))
			.apply(() -> this.plans.create(form, principal.getName()))
			.thenRedirect(redirect, "flash.created", (plan) -> "/plans/" + plan.getId());
	}

	@GetMapping("/plans/{planId}")
	String overview(@PathVariable long planId, Model model) {
		Plan plan = this.plans.get(planId);
		model.addAttribute("plan", plan);
		BudgetSummaries.BudgetDashboard budget = this.budgets.dashboard(planId);
		model.addAttribute("budget", budget.summary());
		model.addAttribute("split", budget.split());
		model.addAttribute("planVsActual", budget.planVsActual());
		model.addAttribute("kpis", this.kpis.overview(planId, KPI_TILES));
		model.addAttribute("openMilestones", this.milestones.upcoming(planId, GLANCE_ITEMS));
		model.addAttribute("topRisks", this.risks.top(planId, GLANCE_ITEMS));
		return "plans/overview";
	}

	@GetMapping("/plans/{planId}/edit")
	String edit(@PathVariable long planId, Model model) {
		Plan plan = this.plans.get(planId);
		model.addAttribute("form",
				new PlanCommand(plan.getTitle(), plan.getDescription(), plan.getLanguage(), plan.getCurrency(),
						plan.getPeriodStart(), plan.getPeriodEnd(), plan.getTotalBudget(), plan.getVersion(),
						plan.getPlanKind(), plan.getBusinessContext(), plan.isCurrencyStated(),
						plan.getContextCurrency()));
		return form(model, plan);
	}

	@PostMapping("/plans/{planId}")
	String update(@PathVariable long planId, @Valid @ModelAttribute("form") PlanCommand form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean moveDates, Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> form(model, this.plans.get(planId)))
			.run(() -> this.rescheduling.update(planId, form, moveDates))
			.thenRedirect(redirect, "flash.saved", "/plans/" + planId);
	}

	@PostMapping("/plans/{planId}/status")
	String changeStatus(@PathVariable long planId, @RequestParam PlanStatus status, @RequestParam long version,
			@RequestParam(required = false) String comment, Principal principal, RedirectAttributes redirect) {
		Plan plan = this.lifecycle.moveTo(planId, new PlanStatusCommand(status, version, comment), principal.getName());
		redirect.addFlashAttribute("flash", "collab.plan.moved." + plan.getStatus());
		redirect.addFlashAttribute("flashArgs", plan.getRevision());
		return "redirect:/plans/" + planId;
	}

	@PostMapping("/plans/{planId}/delete")
	String delete(@PathVariable long planId, @RequestParam long version, Principal principal,
			RedirectAttributes redirect) {
		this.plans.delete(planId, version, principal.getName());
		redirect.addFlashAttribute("flash", "flash.deleted");
		return "redirect:/plans";
	}

	private String form(Model model, Plan plan) {
		model.addAttribute("plan", plan);
		model.addAttribute("move", (plan != null) ? this.rescheduling.preview(plan.getId()) : null);
		model.addAttribute("languages", PlanLanguage.values());
		model.addAttribute("planKinds", PlanKind.values());
		return "plans/form";
	}

}
