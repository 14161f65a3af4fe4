package com.marketingplanner.web.alert;

import java.security.Principal;

import com.marketingplanner.domain.alert.AlertFilter;
import com.marketingplanner.domain.alert.AlertService;
import com.marketingplanner.domain.alert.AlertService.Evaluation;
import com.marketingplanner.domain.alert.AlertStatus;
import com.marketingplanner.domain.plan.PlanService;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alerts pages: a plan's alerts (evaluate now, acknowledge, resolve) and every plan's
 * unresolved alerts.
 */
@Controller
class AlertPageController {

	private static final int PAGE_SIZE = 100;

	private static final String PORTFOLIO = "portfolio";

	private final PlanService plans;

	private final AlertService alerts;

	AlertPageController(PlanService plans, AlertService alerts) {
		this.plans = plans;
		this.alerts = alerts;
	}

	@GetMapping("/plans/{planId}/alerts")
	String list(@PathVariable long planId, @RequestParam(required = false) AlertStatus status, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("status", status);
		model.addAttribute("statuses", AlertStatus.values());
		model.addAttribute("alerts",
				this.alerts.list(planId, new AlertFilter(status, null), PageRequest.of(0, PAGE_SIZE)).getContent());
		return "alerts/alerts";
	}

	@GetMapping("/alerts")
	String portfolio(@RequestParam(required = false) AlertStatus status, Model model, Principal principal) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", AlertStatus.values());
		model.addAttribute("alerts",
				this.alerts
					.listReadableBy(principal.getName(), new AlertFilter(status, null), PageRequest.of(0, PAGE_SIZE))
					.getContent());
		return "alerts/portfolio";
	}

	@PostMapping("/plans/{planId}/alerts/evaluate")
	String evaluate(@PathVariable long planId, RedirectAttributes redirect) {
		Evaluation evaluation = this.alerts.evaluate(planId);
		redirect.addFlashAttribute("flash",
				evaluation.evaluated() ? "alerts.flash.evaluated" : "alerts.flash.not-evaluated");
		redirect.addFlashAttribute("flashArgs",
				new Object[] { evaluation.raised(), evaluation.stillFiring(), evaluation.cleared() });
		return redirect(planId);
	}

	@PostMapping("/plans/{planId}/alerts/{alertId}/acknowledge")
	String acknowledge(@PathVariable long planId, @PathVariable long alertId, @RequestParam Long version,
			@RequestParam(required = false) String back, Principal principal, RedirectAttributes redirect) {
		this.alerts.acknowledge(planId, alertId, version, principal.getName());
		redirect.addFlashAttribute("flash", "alerts.flash.acknowledged");
		return redirect(planId, back);
	}

	@PostMapping("/plans/{planId}/alerts/{alertId}/resolve")
	String resolve(@PathVariable long planId, @PathVariable long alertId, @RequestParam Long version,
			@RequestParam(required = false) String note, @RequestParam(required = false) String back,
			Principal principal, RedirectAttributes redirect) {
		this.alerts.resolve(planId, alertId, version, principal.getName(), note);
		redirect.addFlashAttribute("flash", "alerts.flash.resolved");
		return redirect(planId, back);
	}

	private static String redirect(long planId) {
		return redirect(planId, null);
	}

	/**
	 * Back to the plan's alerts, or to the portfolio's when the action was taken there.
	 */
	private static String redirect(long planId, String back) {
		return PORTFOLIO.equals(back) ? "redirect:/alerts" : "redirect:/plans/" + planId + "/alerts";
	}

}
