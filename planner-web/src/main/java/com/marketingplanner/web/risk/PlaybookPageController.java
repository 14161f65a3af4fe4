package com.marketingplanner.web.risk;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.risk.CrisisLevel;
import com.marketingplanner.domain.risk.CrisisLevelCommand;
import com.marketingplanner.domain.risk.CrisisPlaybookService;
import com.marketingplanner.domain.risk.RiskScenario;
import com.marketingplanner.domain.risk.RiskScenarioCommand;
import com.marketingplanner.domain.risk.RiskScenarioService;
import com.marketingplanner.domain.risk.RiskService;
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
 * The crisis playbook (levels with criteria, actions, owner and response times) and the
 * risks' scenario library, on one page next to the register.
 */
@Controller
@RequestMapping("/plans/{planId}/risks/playbook")
class PlaybookPageController {

	private static final int RESPONSE_ROWS = 3;

	private final PlanService plans;

	private final CrisisPlaybookService playbook;

	private final RiskScenarioService scenarios;

	private final RiskService risks;

	PlaybookPageController(PlanService plans, CrisisPlaybookService playbook, RiskScenarioService scenarios,
			RiskService risks) {
		this.plans = plans;
		this.playbook = playbook;
		this.scenarios = scenarios;
		this.risks = risks;
	}

	@GetMapping
	String page(@PathVariable long planId, @RequestParam(required = false) Long editLevel,
			@RequestParam(required = false) Long editScenario, Model model) {
		if (editLevel != null) {
			CrisisLevel level = this.playbook.get(planId, editLevel);
			model.addAttribute("levelForm",
					new CrisisLevelCommand(level.getName(), level.getCriteria(), level.getActions(), level.getOwner(),
							level.getResponseMinutes(), level.getResolutionMinutes(), level.getPosition(),
							level.getVersion()));
			model.addAttribute("editLevelId", editLevel);
		}
		if (editScenario != null) {
			RiskScenario scenario = this.scenarios.get(planId, editScenario);
			model.addAttribute("scenarioForm",
					new RiskScenarioCommand(scenario.getRiskId(), scenario.getTitle(), scenario.getDescription(),
							padded(scenario.getResponses()), scenario.getBackupChannel(), scenario.getPosition(),
							scenario.getVersion()));
			model.addAttribute("editScenarioId", editScenario);
		}
		return render(planId, model);
	}

	@PostMapping("/levels")
	String addLevel(@PathVariable long planId, @Valid @ModelAttribute("levelForm") CrisisLevelCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(result, model, planId, redirect, () -> this.playbook.add(planId, form));
	}

	@PostMapping("/levels/{levelId}")
	String updateLevel(@PathVariable long planId, @PathVariable long levelId,
			@Valid @ModelAttribute("levelForm") CrisisLevelCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editLevelId", levelId);
		return save(result, model, planId, redirect, () -> this.playbook.update(planId, levelId, form));
	}

	@PostMapping("/levels/{levelId}/delete")
	String deleteLevel(@PathVariable long planId, @PathVariable long levelId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.playbook.delete(planId, levelId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return redirect(planId);
	}

	@PostMapping("/scenarios")
	String addScenario(@PathVariable long planId, @Valid @ModelAttribute("scenarioForm") RiskScenarioCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(result, model, planId, redirect, () -> this.scenarios.add(planId, form));
	}

	@PostMapping("/scenarios/{scenarioId}")
	String updateScenario(@PathVariable long planId, @PathVariable long scenarioId,
			@Valid @ModelAttribute("scenarioForm") RiskScenarioCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editScenarioId", scenarioId);
		return save(result, model, planId, redirect, () -> this.scenarios.update(planId, scenarioId, form));
	}

	@PostMapping("/scenarios/{scenarioId}/delete")
	String deleteScenario(@PathVariable long planId, @PathVariable long scenarioId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.scenarios.delete(planId, scenarioId, version);
		redirect.addFlashAttribute("flash", "flash.deleted");
		return redirect(planId);
	}

	private String save(BindingResult result, Model model, long planId, RedirectAttributes redirect, Runnable action) {
		return FormSubmission.of(result, () -> render(planId, model))
			.run(action)
			.thenRedirect(redirect, "flash.saved", path(planId));
	}

	private String render(long planId, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("levels", this.playbook.levels(planId));
		model.addAttribute("scenarios", this.scenarios.all(planId));
		var risks = this.risks.all(planId);
		model.addAttribute("risks", risks);
		java.util.Map<Long, String> titles = new java.util.HashMap<>();
		risks.forEach((risk) -> titles.put(risk.getId(), risk.getTitle()));
		model.addAttribute("riskTitles", titles);
		if (!model.containsAttribute("levelForm")) {
			model.addAttribute("levelForm", new CrisisLevelCommand("", null, null, null, null, null, null, null));
		}
		if (!model.containsAttribute("scenarioForm")) {
			model.addAttribute("scenarioForm",
					new RiskScenarioCommand(null, "", null, padded(List.of()), null, null, null));
		}
		return "risks/playbook";
	}

	private static List<String> padded(List<String> responses) {
		List<String> rows = new ArrayList<>(responses);
		while (rows.size() < RESPONSE_ROWS || rows.size() < responses.size() + 1) {
			rows.add("");
		}
		return rows;
	}

	private static String redirect(long planId) {
		return "redirect:" + path(planId);
	}

	private static String path(long planId) {
		return "/plans/" + planId + "/risks/playbook";
	}

}
