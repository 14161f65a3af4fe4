package com.marketingplanner.web.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.risk.CrisisPlaybookService;
import com.marketingplanner.domain.risk.ImpactBase;
import com.marketingplanner.domain.risk.Risk;
import com.marketingplanner.domain.risk.RiskCommand;
import com.marketingplanner.domain.risk.RiskFilter;
import com.marketingplanner.domain.risk.RiskHeatMap;
import com.marketingplanner.domain.risk.RiskScenario;
import com.marketingplanner.domain.risk.RiskScenarioService;
import com.marketingplanner.domain.risk.RiskService;
import com.marketingplanner.domain.risk.RiskStatus;
import com.marketingplanner.domain.risk.RiskStatusCommand;
import com.marketingplanner.domain.risk.RiskStrategy;
import com.marketingplanner.domain.risk.RiskTriggerCommand;
import com.marketingplanner.domain.risk.TriggerCondition;
import com.marketingplanner.domain.shared.Frequency;
import com.marketingplanner.web.page.FormSubmission;
import com.marketingplanner.web.membership.PlanAccessView;

import org.springframework.data.domain.Pageable;
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
 * The risk register page: the heat map and the expected-loss ranking of the risks the
 * filters keep, the register by score, and the risk form (add and edit, in a dialog),
 * post/redirect/get.
 */
@Controller
@RequestMapping("/plans/{planId}/risks")
class RiskPageController {

	private final PlanService plans;

	private final RiskService risks;

	private static final int BLANK_TRIGGER_ROWS = 2;

	private final PlanReferences references;

	private final CrisisPlaybookService playbook;

	private final RiskScenarioService scenarios;

	private final RiskCharts charts;

	private final PlanAccessView access;

	RiskPageController(PlanService plans, RiskService risks, PlanReferences references, CrisisPlaybookService playbook,
			RiskScenarioService scenarios, RiskCharts charts, PlanAccessView access) {
		this.charts = charts;
		this.access = access;
		this.plans = plans;
		this.risks = risks;
		this.references = references;
		this.playbook = playbook;
		this.scenarios = scenarios;
	}

	@GetMapping
	String register(@PathVariable long planId, @RequestParam(required = false) String category,
			@RequestParam(required = false) RiskStatus status, @RequestParam(required = false) RiskStrategy strategy,
			Model model) {
		return render(planId, new RiskFilter(category, status, strategy), model);
	}

	@PostMapping
	String add(@PathVariable long planId, @Valid @ModelAttribute("form") RiskCommand form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormSubmission.of(result, () -> render(planId, RiskFilter.none(), model))
			.run(() -> this.risks.add(planId, form))
			.thenRedirect(redirect, "flash.created", path(planId));
	}

	@GetMapping("/{riskId}/edit")
	String edit(@PathVariable long planId, @PathVariable long riskId, Model model) {
		Risk risk = this.risks.get(planId, riskId);
		List<RiskTriggerCommand> triggers = new ArrayList<>(risk.getTriggers()
			.stream()
			.map((t) -> new RiskTriggerCommand(t.getKpiId(), t.getMetric(), t.getCondition(), t.getValue(),
					t.getUpperValue(), t.getPeriodDays(), t.getUnit(), t.getResponse()))
			.toList());
		model.addAttribute("form",
				new RiskCommand(risk.getCategory(), risk.getTitle(), risk.getDescription(), risk.getProbability(),
						risk.getImpact(), risk.getImpactAmount(), risk.getImpactShare(), risk.getImpactBase(),
						risk.getImpactText(), risk.getStrategy(), risk.getMitigation(), risk.getContingency(),
						risk.getOwner(), risk.getStatus(), risk.getReviewCadence(), withBlankRows(triggers),
						risk.getWarningText(), risk.getCrisisLevelIds(), risk.getPosition(), risk.getVersion()));
		return renderEdit(planId, risk, model);
	}

	/** The triggers of a form with empty rows to fill in. */
	static List<RiskTriggerCommand> withBlankRows(List<RiskTriggerCommand> triggers) {
		List<RiskTriggerCommand> rows = new ArrayList<>(triggers);
		for (int i = 0; i < BLANK_TRIGGER_ROWS; i++) {
			rows.add(new RiskTriggerCommand(null, null, null, null, null, null, null, null));
		}
		return rows;
	}

	@PostMapping("/{riskId}")
	String update(@PathVariable long planId, @PathVariable long riskId, @Valid @ModelAttribute("form") RiskCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.risks.get(planId, riskId);
		return FormSubmission.of(result, () -> renderEdit(planId, this.risks.get(planId, riskId), model))
			.run(() -> this.risks.update(planId, riskId, form))
			.thenRedirect(redirect, "flash.saved", path(planId));
	}

	@PostMapping("/{riskId}/status")
	String changeStatus(@PathVariable long planId, @PathVariable long riskId, @RequestParam RiskStatus status,
			@RequestParam long version, RedirectAttributes redirect) {
		this.risks.changeStatus(planId, riskId, new RiskStatusCommand(status, version));
		redirect.addFlashAttribute("flash", "risks.status.changed");
		return redirect(planId);
	}

	@PostMapping("/{riskId}/delete")
	String delete(@PathVariable long planId, @PathVariable long riskId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.risks.delete(planId, riskId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return redirect(planId);
	}

	private String renderEdit(long planId, Risk risk, Model model) {
		model.addAttribute("editRiskId", risk.getId());
		List<RiskStatus> choices = new ArrayList<>();
		choices.add(risk.getStatus());
		choices.addAll(risk.getStatus().next());
		model.addAttribute("statusChoices", choices);
		return render(planId, RiskFilter.none(), model);
	}

	private String render(long planId, RiskFilter filter, Model model) {
		Plan plan = this.plans.get(planId);
		List<Risk> all = this.risks.all(planId);
		model.addAttribute("plan", plan);
		model.addAttribute("filter", filter);
		List<Risk> shown = this.risks.list(planId, filter, Pageable.unpaged()).getContent();
		model.addAttribute("risks", shown);
		model.addAttribute("heatMap", RiskHeatMap.of(shown));
		model.addAttribute("heatMapChart", this.charts.heatMap(planId, shown, this.access.canEdit(plan)));
		model.addAttribute("expectedLoss", this.charts.expectedLoss(planId, shown, plan.getCurrency()));
		model.addAttribute("categories",
				all.stream().map(Risk::getCategory).filter(Objects::nonNull).distinct().sorted().toList());
		model.addAttribute("statuses", RiskStatus.values());
		model.addAttribute("strategies", RiskStrategy.values());
		model.addAttribute("frequencies", Frequency.values());
		model.addAttribute("conditions", TriggerCondition.values());
		model.addAttribute("impactBases", ImpactBase.values());
		model.addAttribute("kpis", this.references.kpiNames(planId));
		model.addAttribute("crisisLevels", this.playbook.levels(planId));
		model.addAttribute("scenarioCounts",
				this.scenarios.all(planId)
					.stream()
					.filter((scenario) -> scenario.getRiskId() != null)
					.collect(java.util.stream.Collectors.groupingBy(RiskScenario::getRiskId,
							java.util.stream.Collectors.counting())));
		if (!model.containsAttribute("form")) {
			RiskCommand blank = RiskCommand.of("", "");
			model.addAttribute("form",
					new RiskCommand(blank.category(), blank.title(), null, null, null, null, null, null, null, null,
							null, null, null, null, null, withBlankRows(List.of()), null, java.util.Set.of(), null,
							null));
		}
		return "risks/register";
	}

	private static String redirect(long planId) {
		return "redirect:" + path(planId);
	}

	private static String path(long planId) {
		return "/plans/" + planId + "/risks";
	}

}
