package com.marketingplanner.web.organisation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import com.marketingplanner.domain.budget.BudgetCheckService;
import com.marketingplanner.domain.organisation.FeeBasis;
import com.marketingplanner.domain.organisation.OffBudgetCost;
import com.marketingplanner.domain.organisation.OffBudgetCostCommand;
import com.marketingplanner.domain.organisation.OrganisationService;
import com.marketingplanner.domain.organisation.Partner;
import com.marketingplanner.domain.organisation.PartnerCommand;
import com.marketingplanner.domain.organisation.PartnerKind;
import com.marketingplanner.domain.organisation.RecruitmentChannel;
import com.marketingplanner.domain.organisation.Staffing;
import com.marketingplanner.domain.organisation.TeamUnit;
import com.marketingplanner.domain.organisation.TeamUnitCommand;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.web.budget.BudgetFormat;
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
 * The plan's organisation page: the headcount of each version of its team, the team
 * units, the partners and vendors, and the costs outside the budget with the budget
 * check's findings on them. Forms open in dialogs; editing needs edit rights on the plan.
 */
@Controller
@RequestMapping("/plans/{planId}/organisation")
class OrganisationPageController {

	/** The budget-check findings this page shows next to the costs outside the budget. */
	static final Set<String> FINDINGS = Set.of("off-budget-costs", "off-budget-unknown", "off-budget-over-total",
			"vendor-fee-over-cap", "vendor-fee-cap-not-measurable");

	private final PlanService plans;

	private final OrganisationService organisation;

	private final BudgetCheckService budgetCheck;

	private final BudgetFormat format;

	OrganisationPageController(PlanService plans, OrganisationService organisation, BudgetCheckService budgetCheck,
			BudgetFormat format) {
		this.plans = plans;
		this.organisation = organisation;
		this.budgetCheck = budgetCheck;
		this.format = format;
	}

	@GetMapping
	String page(@PathVariable long planId, @RequestParam(required = false) Long editUnit,
			@RequestParam(required = false) Long editPartner, @RequestParam(required = false) Long editCost,
			Model model) {
		if (editUnit != null) {
			TeamUnit unit = this.organisation.teamUnit(planId, editUnit);
			model.addAttribute("unitForm",
					new TeamUnitCommand(unit.getName(), unit.getScheme(), unit.getHeadcountMin(),
							unit.getHeadcountMax(), unit.getStaffShare(), unit.getLeads(), unit.getSpecialistsMin(),
							unit.getSpecialistsMax(), unit.getRoles(), unit.getResponsibilities(), unit.getNote(),
							unit.getRecruitmentChannels(), unit.getRecruitmentNote(), unit.getProgrammeCycleMonths(),
							unit.getPosition(), unit.getVersion()));
			model.addAttribute("editUnitId", editUnit);
		}
		if (editPartner != null) {
			Partner partner = this.organisation.partner(planId, editPartner);
			model.addAttribute("partnerForm",
					new PartnerCommand(partner.getKind(), partner.getName(), partner.getCount(), partner.getService(),
							partner.getFee(), partner.getFeeBasis(), partner.getFeeUnit(), partner.getFeeCapShare(),
							partner.getNote(), partner.getPosition(), partner.getVersion()));
			model.addAttribute("editPartnerId", editPartner);
		}
		if (editCost != null) {
			OffBudgetCost cost = this.organisation.offBudgetCost(planId, editCost);
			model.addAttribute("costForm", new OffBudgetCostCommand(cost.getName(), cost.getAmount(), cost.getBasis(),
					cost.getPartnerId(), cost.getReason(), cost.getPosition(), cost.getVersion()));
			model.addAttribute("editCostId", editCost);
		}
		return render(planId, model);
	}

	@PostMapping("/team-units")
	String addUnit(@PathVariable long planId, @Valid @ModelAttribute("unitForm") TeamUnitCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(result, model, planId, redirect, () -> this.organisation.addTeamUnit(planId, form));
	}

	@PostMapping("/team-units/{unitId}")
	String updateUnit(@PathVariable long planId, @PathVariable long unitId,
			@Valid @ModelAttribute("unitForm") TeamUnitCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editUnitId", unitId);
		return save(result, model, planId, redirect, () -> this.organisation.updateTeamUnit(planId, unitId, form));
	}

	@PostMapping("/team-units/{unitId}/delete")
	String deleteUnit(@PathVariable long planId, @PathVariable long unitId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.organisation.deleteTeamUnit(planId, unitId, version);
		return deleted(planId, redirect);
	}

	@PostMapping("/partners")
	String addPartner(@PathVariable long planId, @Valid @ModelAttribute("partnerForm") PartnerCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(result, model, planId, redirect, () -> this.organisation.addPartner(planId, form));
	}

	@PostMapping("/partners/{partnerId}")
	String updatePartner(@PathVariable long planId, @PathVariable long partnerId,
			@Valid @ModelAttribute("partnerForm") PartnerCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editPartnerId", partnerId);
		return save(result, model, planId, redirect, () -> this.organisation.updatePartner(planId, partnerId, form));
	}

	@PostMapping("/partners/{partnerId}/delete")
	String deletePartner(@PathVariable long planId, @PathVariable long partnerId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.organisation.deletePartner(planId, partnerId, version);
		return deleted(planId, redirect);
	}

	@PostMapping("/off-budget-costs")
	String addCost(@PathVariable long planId, @Valid @ModelAttribute("costForm") OffBudgetCostCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(result, model, planId, redirect, () -> this.organisation.addOffBudgetCost(planId, form));
	}

	@PostMapping("/off-budget-costs/{costId}")
	String updateCost(@PathVariable long planId, @PathVariable long costId,
			@Valid @ModelAttribute("costForm") OffBudgetCostCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editCostId", costId);
		return save(result, model, planId, redirect, () -> this.organisation.updateOffBudgetCost(planId, costId, form));
	}

	@PostMapping("/off-budget-costs/{costId}/delete")
	String deleteCost(@PathVariable long planId, @PathVariable long costId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.organisation.deleteOffBudgetCost(planId, costId, version);
		return deleted(planId, redirect);
	}

	private String save(BindingResult result, Model model, long planId, RedirectAttributes redirect, Runnable action) {
		return FormSubmission.of(result, () -> render(planId, model))
			.run(action)
			.thenRedirect(redirect, "flash.saved", path(planId));
	}

	private static String deleted(long planId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "flash.deleted");
		return "redirect:" + path(planId);
	}

	private String render(long planId, Model model) {
		Plan plan = this.plans.get(planId);
		List<TeamUnit> team = this.organisation.team(planId);
		List<Partner> partners = this.organisation.partners(planId);
		Map<Long, String> partnerNames = new HashMap<>();
		Map<Long, Partner> partnersById = new HashMap<>();
		partners.forEach((partner) -> {
			partnerNames.put(partner.getId(), partner.getName());
			partnersById.put(partner.getId(), partner);
		});
		model.addAttribute("plan", plan);
		model.addAttribute("team", team);
		model.addAttribute("staffing", Staffing.of(team));
		model.addAttribute("partners", partners);
		model.addAttribute("vendors", partners.stream().filter(Partner::isVendor).toList());
		model.addAttribute("partnerNames", partnerNames);
		model.addAttribute("partnersById", partnersById);
		model.addAttribute("costs", this.organisation.offBudgetCosts(planId));
		model.addAttribute("kinds", PartnerKind.values());
		model.addAttribute("channels", RecruitmentChannel.values());
		model.addAttribute("feeBases", FeeBasis.values());
		model.addAttribute("costBases",
				Arrays.stream(FeeBasis.values()).filter(FeeBasis::suitsCostOutsideBudget).toList());
		model.addAttribute("findings", this.budgetCheck.check(planId)
			.warnings()
			.stream()
			.filter((warning) -> FINDINGS.contains(warning.code()))
			.map((warning) -> new Finding(warning.severity().name(), this.format.warning(warning, plan.getCurrency())))
			.toList());
		if (!model.containsAttribute("unitForm")) {
			model.addAttribute("unitForm", new TeamUnitCommand("", null, null, null, null, null, null, null, null, null,
					null, List.of(), null, null, null, null));
		}
		if (!model.containsAttribute("partnerForm")) {
			model.addAttribute("partnerForm",
					new PartnerCommand(PartnerKind.VENDOR, "", null, null, null, null, null, null, null, null, null));
		}
		if (!model.containsAttribute("costForm")) {
			model.addAttribute("costForm", new OffBudgetCostCommand("", null, null, null, null, null, null));
		}
		return "organisation/page";
	}

	private static String path(long planId) {
		return "/plans/" + planId + "/organisation";
	}

	/** A budget-check finding as the page shows it. */
	record Finding(String severity, String text) {
	}

}
