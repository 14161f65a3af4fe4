package com.marketingplanner.web.operations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import com.marketingplanner.domain.operations.Dashboard;
import com.marketingplanner.domain.operations.DashboardCommand;
import com.marketingplanner.domain.operations.DashboardRefresh;
import com.marketingplanner.domain.operations.DashboardView;
import com.marketingplanner.domain.operations.OperatingStandard;
import com.marketingplanner.domain.operations.OperatingStandardCommand;
import com.marketingplanner.domain.operations.OperationsService;
import com.marketingplanner.domain.operations.PlanTool;
import com.marketingplanner.domain.operations.PlanToolCommand;
import com.marketingplanner.domain.operations.ToolCategory;
import com.marketingplanner.domain.operations.ToolStatus;
import com.marketingplanner.domain.organisation.OrganisationService;
import com.marketingplanner.domain.organisation.TeamUnit;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanReferences;
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
 * The plan's tools and operations page: its tool stack (planned tools with the date they
 * are due by), the dashboards it defines (with their zones, KPIs and a link to the app
 * page that shows them) and its operating standards. Forms open in dialogs; editing needs
 * edit rights on the plan.
 */
@Controller
@RequestMapping("/plans/{planId}/operations")
class OperationsPageController {

	/** Rows a dashboard form offers for zones (empty rows are left out). */
	static final int ZONE_ROWS = 4;

	private final PlanService plans;

	private final OperationsService operations;

	private final OrganisationService organisation;

	private final PlanReferences references;

	OperationsPageController(PlanService plans, OperationsService operations, OrganisationService organisation,
			PlanReferences references) {
		this.plans = plans;
		this.operations = operations;
		this.organisation = organisation;
		this.references = references;
	}

	@GetMapping
	String page(@PathVariable long planId, @RequestParam(required = false) Long editTool,
			@RequestParam(required = false) Long editDashboard, @RequestParam(required = false) Long editStandard,
			Model model) {
		if (editTool != null) {
			PlanTool tool = this.operations.tool(planId, editTool);
			model.addAttribute("toolForm",
					new PlanToolCommand(tool.getName(), tool.getCategory(), tool.getPurpose(), tool.getOwnerUnitId(),
							tool.getOwner(), tool.getStatus(), tool.getPlannedBy(), tool.getPlannedMonth(),
							tool.getNote(), tool.getPosition(), tool.getVersion()));
			model.addAttribute("editToolId", editTool);
		}
		if (editDashboard != null) {
			Dashboard dashboard = this.operations.dashboard(planId, editDashboard);
			List<DashboardCommand.Zone> zones = new ArrayList<>(dashboard.getZones()
				.stream()
				.map((zone) -> new DashboardCommand.Zone(zone.getName(), zone.getRule()))
				.toList());
			model.addAttribute("dashboardForm",
					new DashboardCommand(dashboard.getName(), dashboard.getPurpose(), dashboard.getMetricCount(),
							dashboard.getWarningModuleCount(), dashboard.getForecastHorizonDays(),
							dashboard.getRefresh(), dashboard.getView(), padZones(zones), dashboard.getKpiIds(),
							dashboard.getNote(), dashboard.getPosition(), dashboard.getVersion()));
			model.addAttribute("editDashboardId", editDashboard);
		}
		if (editStandard != null) {
			OperatingStandard standard = this.operations.standard(planId, editStandard);
			model.addAttribute("standardForm",
					new OperatingStandardCommand(standard.getName(), standard.getScope(), standard.getScenarioCount(),
							standard.getTimeLimitHours(), standard.getLeadTimeDays(), standard.getChecks(),
							standard.getOwner(), standard.getNote(), standard.getPosition(), standard.getVersion()));
			model.addAttribute("editStandardId", editStandard);
		}
		return render(planId, model);
	}

	@PostMapping("/tools")
	String addTool(@PathVariable long planId, @Valid @ModelAttribute("toolForm") PlanToolCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(result, model, planId, redirect, () -> this.operations.addTool(planId, form));
	}

	@PostMapping("/tools/{toolId}")
	String updateTool(@PathVariable long planId, @PathVariable long toolId,
			@Valid @ModelAttribute("toolForm") PlanToolCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editToolId", toolId);
		return save(result, model, planId, redirect, () -> this.operations.updateTool(planId, toolId, form));
	}

	@PostMapping("/tools/{toolId}/delete")
	String deleteTool(@PathVariable long planId, @PathVariable long toolId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.operations.deleteTool(planId, toolId, version);
		return FormSubmission.deleted(redirect, path(planId));
	}

	@PostMapping("/dashboards")
	String addDashboard(@PathVariable long planId, @Valid @ModelAttribute("dashboardForm") DashboardCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(result, model, planId, redirect, () -> this.operations.addDashboard(planId, form));
	}

	@PostMapping("/dashboards/{dashboardId}")
	String updateDashboard(@PathVariable long planId, @PathVariable long dashboardId,
			@Valid @ModelAttribute("dashboardForm") DashboardCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editDashboardId", dashboardId);
		return save(result, model, planId, redirect, () -> this.operations.updateDashboard(planId, dashboardId, form));
	}

	@PostMapping("/dashboards/{dashboardId}/delete")
	String deleteDashboard(@PathVariable long planId, @PathVariable long dashboardId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.operations.deleteDashboard(planId, dashboardId, version);
		return FormSubmission.deleted(redirect, path(planId));
	}

	@PostMapping("/standards")
	String addStandard(@PathVariable long planId, @Valid @ModelAttribute("standardForm") OperatingStandardCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(result, model, planId, redirect, () -> this.operations.addStandard(planId, form));
	}

	@PostMapping("/standards/{standardId}")
	String updateStandard(@PathVariable long planId, @PathVariable long standardId,
			@Valid @ModelAttribute("standardForm") OperatingStandardCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editStandardId", standardId);
		return save(result, model, planId, redirect, () -> this.operations.updateStandard(planId, standardId, form));
	}

	@PostMapping("/standards/{standardId}/delete")
	String deleteStandard(@PathVariable long planId, @PathVariable long standardId, @RequestParam long version,
			RedirectAttributes redirect) {
		this.operations.deleteStandard(planId, standardId, version);
		return FormSubmission.deleted(redirect, path(planId));
	}

	private String save(BindingResult result, Model model, long planId, RedirectAttributes redirect, Runnable action) {
		return FormSubmission.of(result, () -> render(planId, model))
			.run(action)
			.thenRedirect(redirect, "flash.saved", path(planId));
	}

	private String render(long planId, Model model) {
		Plan plan = this.plans.get(planId);
		List<TeamUnit> team = this.organisation.team(planId);
		Map<Long, String> unitNames = new HashMap<>();
		team.forEach((unit) -> unitNames.put(unit.getId(), unit.getName()));
		List<Dashboard> dashboards = this.operations.dashboards(planId);
		Map<Long, String> viewPaths = new HashMap<>();
		dashboards
			.forEach((dashboard) -> viewPaths.put(dashboard.getId(), DashboardViews.path(planId, dashboard.getView())));
		model.addAttribute("plan", plan);
		model.addAttribute("tools", this.operations.tools(planId));
		model.addAttribute("dashboards", dashboards);
		model.addAttribute("viewPaths", viewPaths);
		model.addAttribute("standards", this.operations.standards(planId));
		model.addAttribute("team", team);
		model.addAttribute("unitNames", unitNames);
		model.addAttribute("kpis", this.references.kpiNames(planId));
		model.addAttribute("categories", ToolCategory.values());
		model.addAttribute("statuses", ToolStatus.values());
		model.addAttribute("refreshes", DashboardRefresh.values());
		model.addAttribute("views", DashboardView.values());
		if (!model.containsAttribute("toolForm")) {
			model.addAttribute("toolForm", new PlanToolCommand("", ToolCategory.OTHER, null, null, null,
					ToolStatus.IN_USE, null, null, null, null, null));
		}
		if (!model.containsAttribute("dashboardForm")) {
			model.addAttribute("dashboardForm", new DashboardCommand("", null, null, null, null, null, null,
					padZones(new ArrayList<>()), null, null, null, null));
		}
		if (!model.containsAttribute("standardForm")) {
			model.addAttribute("standardForm",
					new OperatingStandardCommand("", null, null, null, null, null, null, null, null, null));
		}
		return "operations/page";
	}

	/**
	 * The zones of a form with one empty row more, and at least {@link #ZONE_ROWS} rows
	 * (a form that comes back invalid keeps the rows it was sent with).
	 */
	private static List<DashboardCommand.Zone> padZones(List<DashboardCommand.Zone> zones) {
		List<DashboardCommand.Zone> rows = new ArrayList<>(zones);
		do {
			rows.add(new DashboardCommand.Zone(null, null));
		}
		while (rows.size() < ZONE_ROWS);
		return rows;
	}

	private static String path(long planId) {
		return "/plans/" + planId + "/operations";
	}

}
