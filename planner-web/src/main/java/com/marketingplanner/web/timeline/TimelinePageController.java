package com.marketingplanner.web.timeline;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.timeline.ComparisonOperator;
import com.marketingplanner.domain.timeline.GateCheckCommand;
import com.marketingplanner.domain.timeline.GateConditionCommand;
import com.marketingplanner.domain.timeline.GateMatch;
import com.marketingplanner.domain.timeline.GateState;
import com.marketingplanner.domain.timeline.Milestone;
import com.marketingplanner.domain.timeline.MilestoneCommand;
import com.marketingplanner.domain.timeline.MilestoneGates;
import com.marketingplanner.domain.timeline.MilestoneService;
import com.marketingplanner.domain.timeline.MilestoneStatus;
import com.marketingplanner.domain.timeline.MilestoneStatusCommand;
import com.marketingplanner.domain.timeline.Phase;
import com.marketingplanner.domain.timeline.PhaseCommand;
import com.marketingplanner.domain.timeline.PhaseService;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.timeline.TimelineOverview;
import com.marketingplanner.domain.timeline.TimelineService;
import com.marketingplanner.web.page.FormSubmission;
import com.marketingplanner.web.membership.PlanAccessView;

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
 * The timeline page: the Gantt chart, warnings, phases with their milestones in date
 * order, and the phase and milestone forms (add and edit, in dialogs), post/redirect/get.
 */
@Controller
@RequestMapping("/plans/{planId}/timeline")
class TimelinePageController {

	private static final String PHASE_FORM = "phaseForm";

	private static final String MILESTONE_FORM = "milestoneForm";

	private static final int BLANK_CONDITION_ROWS = 2;

	private final PlanService plans;

	private final TimelineService timeline;

	private final PhaseService phases;

	private final MilestoneService milestones;

	private final PlanReferences references;

	private final TimelineCharts charts;

	private final PlanAccessView access;

	TimelinePageController(PlanService plans, TimelineService timeline, PhaseService phases,
			MilestoneService milestones, PlanReferences references, TimelineCharts charts, PlanAccessView access) {
		this.charts = charts;
		this.access = access;
		this.plans = plans;
		this.timeline = timeline;
		this.phases = phases;
		this.milestones = milestones;
		this.references = references;
	}

	@GetMapping
	String page(@PathVariable long planId, Model model) {
		return render(planId, model);
	}

	@PostMapping("/phases")
	String addPhase(@PathVariable long planId, @Valid @ModelAttribute(PHASE_FORM) PhaseCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> render(planId, model))
			.run(() -> this.phases.add(planId, form))
			.thenRedirect(redirect, "flash.created", path(planId));
	}

	@GetMapping("/phases/{phaseId}/edit")
	String editPhase(@PathVariable long planId, @PathVariable long phaseId, Model model) {
		Phase phase = this.phases.get(planId, phaseId);
		model.addAttribute(PHASE_FORM, new PhaseCommand(phase.getName(), phase.getStartDate(), phase.getEndDate(),
				phase.getFocus(), phase.getScheme(), phase.getPosition(), phase.getVersion()));
		model.addAttribute("editPhaseId", phaseId);
		return render(planId, model);
	}

	@PostMapping("/phases/{phaseId}")
	String updatePhase(@PathVariable long planId, @PathVariable long phaseId,
			@Valid @ModelAttribute(PHASE_FORM) PhaseCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.phases.get(planId, phaseId);
		model.addAttribute("editPhaseId", phaseId);
		return FormSubmission.of(result, () -> render(planId, model))
			.run(() -> this.phases.update(planId, phaseId, form))
			.thenRedirect(redirect, "flash.saved", path(planId));
	}

	@PostMapping("/phases/{phaseId}/delete")
	String deletePhase(@PathVariable long planId, @PathVariable long phaseId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.phases.delete(planId, phaseId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return redirect(planId);
	}

	@PostMapping("/milestones")
	String addMilestone(@PathVariable long planId, @Valid @ModelAttribute(MILESTONE_FORM) MilestoneCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> render(planId, model))
			.run(() -> this.milestones.add(planId, form))
			.thenRedirect(redirect, "flash.created", path(planId));
	}

	@GetMapping("/milestones/{milestoneId}/edit")
	String editMilestone(@PathVariable long planId, @PathVariable long milestoneId, Model model) {
		Milestone milestone = this.milestones.get(planId, milestoneId);
		MilestoneCommand form = MilestoneCommand.from(milestone);
		model.addAttribute(MILESTONE_FORM, form.withGateConditions(withBlankRows(form.gateConditions())));
		return renderMilestoneEdit(planId, milestone, model);
	}

	/** The gate conditions of a form with empty rows to fill in. */
	static List<GateConditionCommand> withBlankRows(List<GateConditionCommand> conditions) {
		List<GateConditionCommand> rows = new ArrayList<>((conditions != null) ? conditions : List.of());
		for (int i = 0; i < BLANK_CONDITION_ROWS; i++) {
			rows.add(new GateConditionCommand(null, null, null, null));
		}
		return rows;
	}

	@PostMapping("/milestones/{milestoneId}")
	String updateMilestone(@PathVariable long planId, @PathVariable long milestoneId,
			@Valid @ModelAttribute(MILESTONE_FORM) MilestoneCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.milestones.get(planId, milestoneId);
		return FormSubmission
			.of(result, () -> renderMilestoneEdit(planId, this.milestones.get(planId, milestoneId), model))
			.run(() -> this.milestones.update(planId, milestoneId, form))
			.thenRedirect(redirect, "flash.saved", path(planId));
	}

	@PostMapping("/milestones/{milestoneId}/status")
	String changeStatus(@PathVariable long planId, @PathVariable long milestoneId, @RequestParam MilestoneStatus status,
			@RequestParam long version, RedirectAttributes redirect) {
		this.milestones.changeStatus(planId, milestoneId, new MilestoneStatusCommand(status, version));
		redirect.addFlashAttribute("flash", "timeline.status.changed");
		return redirect(planId);
	}

	@PostMapping("/milestones/{milestoneId}/gate/conditions/{position}/check")
	String checkGateCondition(@PathVariable long planId, @PathVariable long milestoneId, @PathVariable int position,
			@RequestParam GateState state, @RequestParam long version, Principal principal,
			RedirectAttributes redirect) {
		this.milestones.checkGateCondition(planId, milestoneId, position, new GateCheckCommand(state, version),
				principal.getName());
		redirect.addFlashAttribute("flash", "timeline.gate.checked");
		return redirect(planId) + "#milestone-" + milestoneId;
	}

	@PostMapping("/milestones/{milestoneId}/delete")
	String deleteMilestone(@PathVariable long planId, @PathVariable long milestoneId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.milestones.delete(planId, milestoneId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return redirect(planId);
	}

	private String renderMilestoneEdit(long planId, Milestone milestone, Model model) {
		model.addAttribute("editMilestoneId", milestone.getId());
		List<MilestoneStatus> choices = new ArrayList<>();
		choices.add(milestone.getStatus());
		choices.addAll(milestone.getStatus().next());
		model.addAttribute("statusChoices", choices);
		return render(planId, model);
	}

	private String render(long planId, Model model) {
		Plan plan = this.plans.get(planId);
		model.addAttribute("plan", plan);
		TimelineOverview overview = this.timeline.overview(planId);
		model.addAttribute("overview", overview);
		Map<Long, String> kpiNames = this.references.kpiNames(planId);
		MilestoneGates gates = this.milestones.gates(planId);
		model.addAttribute("gates", gates);
		model.addAttribute("gantt",
				this.charts.gantt(planId, overview, kpiNames, gates, this.access.canEdit(plan), LocalDate.now()));
		Map<Long, String> titles = new LinkedHashMap<>();
		overview.phases().forEach((pm) -> pm.milestones().forEach((m) -> titles.put(m.getId(), m.getTitle())));
		overview.unphased().forEach((m) -> titles.put(m.getId(), m.getTitle()));
		model.addAttribute("milestoneTitles", titles);
		model.addAttribute("kpis", kpiNames);
		model.addAttribute("operators", ComparisonOperator.values());
		model.addAttribute("gateMatches", GateMatch.values());
		model.addAttribute("checkStates", List.of(GateState.MET, GateState.NOT_MET, GateState.OPEN));
		if (!model.containsAttribute(PHASE_FORM)) {
			model.addAttribute(PHASE_FORM, new PhaseCommand("", null, null, "", null, null));
		}
		if (!model.containsAttribute(MILESTONE_FORM)) {
			model.addAttribute(MILESTONE_FORM,
					MilestoneCommand.of("", null).withGateConditions(withBlankRows(List.of())));
		}
		return "timeline/timeline";
	}

	private static String redirect(long planId) {
		return "redirect:" + path(planId);
	}

	private static String path(long planId) {
		return "/plans/" + planId + "/timeline";
	}

}
