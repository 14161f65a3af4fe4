package com.marketingplanner.web.cadence;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import com.marketingplanner.domain.cadence.Cadence;
import com.marketingplanner.domain.cadence.CadenceCommand;
import com.marketingplanner.domain.cadence.CadenceKind;
import com.marketingplanner.domain.cadence.CadenceService;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.Frequency;
import com.marketingplanner.web.page.FormSubmission;

import org.springframework.beans.factory.ObjectProvider;
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
 * The plan's meeting and report rhythm (under the timeline): the entries with their next
 * date, the dates of the coming weeks, and the entry form in a dialog, post/redirect/get.
 */
@Controller
@RequestMapping("/plans/{planId}/cadence")
class CadencePageController {

	private static final String FORM = "cadenceForm";

	/** How far ahead the page lists dates. */
	private static final int DAYS_AHEAD = 14;

	private static final int MAX_DATES_SHOWN = 60;

	private final PlanService plans;

	private final CadenceService cadences;

	private final Clock clock;

	CadencePageController(PlanService plans, CadenceService cadences, ObjectProvider<Clock> clock) {
		this.plans = plans;
		this.cadences = cadences;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	@GetMapping
	String page(@PathVariable long planId, @RequestParam(required = false) Long edit, Model model) {
		if (edit != null) {
			Cadence cadence = this.cadences.get(planId, edit);
			model.addAttribute(FORM, new CadenceCommand(cadence.getName(), cadence.getKind(), cadence.getFrequency(),
					cadence.getTimesPerPeriod(), cadence.getFirstWeek(), cadence.getLastWeek(),
					cadence.getDurationMinutes(), cadence.getOwner(), cadence.getParticipants(), cadence.getAgenda(),
					cadence.getMetricCount(), cadence.getPosition(), cadence.getVersion()));
			model.addAttribute("editId", edit);
		}
		return render(planId, model);
	}

	@PostMapping
	String add(@PathVariable long planId, @Valid @ModelAttribute(FORM) CadenceCommand form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> render(planId, model))
			.run(() -> this.cadences.add(planId, form))
			.thenRedirect(redirect, "flash.created", path(planId));
	}

	@PostMapping("/{cadenceId}")
	String update(@PathVariable long planId, @PathVariable long cadenceId,
			@Valid @ModelAttribute(FORM) CadenceCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.cadences.get(planId, cadenceId);
		model.addAttribute("editId", cadenceId);
		return FormSubmission.of(result, () -> render(planId, model))
			.run(() -> this.cadences.update(planId, cadenceId, form))
			.thenRedirect(redirect, "flash.saved", path(planId));
	}

	@PostMapping("/{cadenceId}/delete")
	String delete(@PathVariable long planId, @PathVariable long cadenceId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.cadences.delete(planId, cadenceId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return "redirect:" + path(planId);
	}

	private String render(long planId, Model model) {
		var plan = this.plans.get(planId);
		model.addAttribute("plan", plan);
		model.addAttribute("cadences", this.cadences.all(planId));
		LocalDate from = LocalDate.now(this.clock);
		if (from.isBefore(plan.getPeriodStart()) || from.isAfter(plan.getPeriodEnd())) {
			from = plan.getPeriodStart();
		}
		model.addAttribute("from", from);
		model.addAttribute("to", from.plusDays(DAYS_AHEAD - 1));
		model.addAttribute("next", CadenceDates.nextById(this.cadences.nextOccurrences(planId, from)));
		model.addAttribute("upcoming",
				this.cadences.occurrences(planId, from, from.plusDays(DAYS_AHEAD - 1), MAX_DATES_SHOWN));
		model.addAttribute("kinds", CadenceKind.values());
		model.addAttribute("frequencies", CadenceDates.FREQUENCIES);
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, new CadenceCommand("", CadenceKind.MEETING, Frequency.WEEKLY, null, null, null,
					null, null, null, null, null, null, null));
		}
		return "cadence/cadence";
	}

	private static String path(long planId) {
		return "/plans/" + planId + "/cadence";
	}

}
