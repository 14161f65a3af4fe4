package com.marketingplanner.domain.operations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ObjIntConsumer;

import com.marketingplanner.domain.organisation.OrganisationService;
import com.marketingplanner.domain.organisation.TeamUnit;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.OrderedTree;
import com.marketingplanner.domain.shared.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a plan is operated: its tool stack, the dashboards it defines and its operating
 * standards (SOPs), each list in its own order. One transaction per action; everything is
 * checked before anything is written (closed plans are read-only).
 */
@Service
@Transactional(readOnly = true)
public class OperationsService {

	private final PlanService plans;

	private final PlanReferences references;

	private final OrganisationService organisation;

	private final PlanToolRepository tools;

	private final DashboardRepository dashboards;

	private final OperatingStandardRepository standards;

	public OperationsService(PlanService plans, PlanReferences references, OrganisationService organisation,
			PlanToolRepository tools, DashboardRepository dashboards, OperatingStandardRepository standards) {
		this.plans = plans;
		this.references = references;
		this.organisation = organisation;
		this.tools = tools;
		this.dashboards = dashboards;
		this.standards = standards;
	}

	// --- tools ------------------------------------------------------------------------

	public List<PlanTool> tools(long planId) {
		this.plans.get(planId);
		return this.tools.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public PlanTool tool(long planId, long toolId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.tools.findById(toolId), "PlanTool", toolId);
	}

	@Transactional
	public PlanTool addTool(long planId, PlanToolCommand command) {
		Plan plan = this.plans.getEditable(planId);
		List<PlanTool> all = new ArrayList<>(this.tools.findByPlanIdOrderByPositionAscIdAsc(planId));
		PlanTool tool = new PlanTool(plan, all.size(), command.name(), command.category());
		apply(planId, tool, command);
		place(all, tool, command.position(), PlanTool::placeAt);
		return this.tools.save(tool);
	}

	@Transactional
	public PlanTool updateTool(long planId, long toolId, PlanToolCommand command) {
		this.plans.getEditable(planId);
		PlanTool tool = tool(planId, toolId);
		tool.requireVersion(command.version());
		apply(planId, tool, command);
		moveTo(this.tools.findByPlanIdOrderByPositionAscIdAsc(planId), tool, command.position(), PlanTool::placeAt);
		return this.tools.saveAndFlush(tool);
	}

	@Transactional
	public void deleteTool(long planId, long toolId, long version) {
		this.plans.getEditable(planId);
		PlanTool tool = tool(planId, toolId);
		tool.requireVersion(version);
		this.tools.delete(tool);
		this.tools.flush();
		OrderedTree.renumber(this.tools.findByPlanIdOrderByPositionAscIdAsc(planId), PlanTool::placeAt);
	}

	private void apply(long planId, PlanTool tool, PlanToolCommand command) {
		TeamUnit unit = null;
		if (command.ownerUnitId() != null) {
			try {
				unit = this.organisation.teamUnit(planId, command.ownerUnitId());
			}
			catch (ResourceNotFoundException ex) {
				throw new BusinessRuleViolation("ownerUnitId", "error.operations.unit-unknown",
						"No such team unit in this plan: {0}", command.ownerUnitId());
			}
		}
		tool.rename(command.name(), command.category());
		tool.schedule(command.status(), command.plannedBy(), command.plannedMonth());
		tool.describe(command.purpose(), command.note());
		tool.ownedBy(unit, command.owner());
	}

	// --- dashboards
	// -------------------------------------------------------------------------

	public List<Dashboard> dashboards(long planId) {
		this.plans.get(planId);
		return this.dashboards.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public Dashboard dashboard(long planId, long dashboardId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.dashboards.findById(dashboardId), "Dashboard", dashboardId);
	}

	@Transactional
	public Dashboard addDashboard(long planId, DashboardCommand command) {
		Plan plan = this.plans.getEditable(planId);
		List<Dashboard> all = new ArrayList<>(this.dashboards.findByPlanIdOrderByPositionAscIdAsc(planId));
		Dashboard dashboard = new Dashboard(plan, all.size(), command.name());
		apply(planId, dashboard, command);
		place(all, dashboard, command.position(), Dashboard::placeAt);
		return this.dashboards.save(dashboard);
	}

	@Transactional
	public Dashboard updateDashboard(long planId, long dashboardId, DashboardCommand command) {
		this.plans.getEditable(planId);
		Dashboard dashboard = dashboard(planId, dashboardId);
		dashboard.requireVersion(command.version());
		apply(planId, dashboard, command);
		moveTo(this.dashboards.findByPlanIdOrderByPositionAscIdAsc(planId), dashboard, command.position(),
				Dashboard::placeAt);
		return this.dashboards.saveAndFlush(dashboard);
	}

	@Transactional
	public void deleteDashboard(long planId, long dashboardId, long version) {
		this.plans.getEditable(planId);
		Dashboard dashboard = dashboard(planId, dashboardId);
		dashboard.requireVersion(version);
		this.dashboards.delete(dashboard);
		this.dashboards.flush();
		OrderedTree.renumber(this.dashboards.findByPlanIdOrderByPositionAscIdAsc(planId), Dashboard::placeAt);
	}

	private void apply(long planId, Dashboard dashboard, DashboardCommand command) {
		Set<Long> kpiIds = (command.kpiIds() != null) ? new LinkedHashSet<>(command.kpiIds()) : Set.of();
		kpiIds.forEach((kpiId) -> this.references.requireKpi(planId, kpiId, "kpiIds"));
		List<Dashboard.Zone> zones = (command.zones() != null) ? command.zones()
			.stream()
			.filter((zone) -> zone != null && !zone.isEmpty())
			.map((zone) -> new Dashboard.Zone(zone.name(), zone.rule()))
			.toList() : List.of();
		dashboard.rename(command.name());
		dashboard.measure(command.metricCount(), command.warningModuleCount(), command.forecastHorizonDays());
		dashboard.divideInto(zones);
		dashboard.describe(command.purpose(), command.note());
		dashboard.refreshAndShowIn(command.refresh(), command.view());
		dashboard.follow(kpiIds);
	}

	// --- operating standards
	// ------------------------------------------------------------------

	public List<OperatingStandard> standards(long planId) {
		this.plans.get(planId);
		return this.standards.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public OperatingStandard standard(long planId, long standardId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.standards.findById(standardId), "OperatingStandard", standardId);
	}

	@Transactional
	public OperatingStandard addStandard(long planId, OperatingStandardCommand command) {
		Plan plan = this.plans.getEditable(planId);
		List<OperatingStandard> all = new ArrayList<>(this.standards.findByPlanIdOrderByPositionAscIdAsc(planId));
		OperatingStandard standard = new OperatingStandard(plan, all.size(), command.name());
		apply(standard, command);
		place(all, standard, command.position(), OperatingStandard::placeAt);
		return this.standards.save(standard);
	}

	@Transactional
	public OperatingStandard updateStandard(long planId, long standardId, OperatingStandardCommand command) {
		this.plans.getEditable(planId);
		OperatingStandard standard = standard(planId, standardId);
		standard.requireVersion(command.version());
		apply(standard, command);
		moveTo(this.standards.findByPlanIdOrderByPositionAscIdAsc(planId), standard, command.position(),
				OperatingStandard::placeAt);
		return this.standards.saveAndFlush(standard);
	}

	@Transactional
	public void deleteStandard(long planId, long standardId, long version) {
		this.plans.getEditable(planId);
		OperatingStandard standard = standard(planId, standardId);
		standard.requireVersion(version);
		this.standards.delete(standard);
		this.standards.flush();
		OrderedTree.renumber(this.standards.findByPlanIdOrderByPositionAscIdAsc(planId), OperatingStandard::placeAt);
	}

	private static void apply(OperatingStandard standard, OperatingStandardCommand command) {
		standard.rename(command.name());
		standard.cover(command.scope(), command.scenarioCount());
		standard.time(command.timeLimitHours(), command.leadTimeDays());
		standard.require(command.checks(), command.owner(), command.note());
	}

	// --- order
	// ----------------------------------------------------------------------------

	/**
	 * Moves {@code item} to {@code position} among {@code all} (which holds it); no
	 * position = where it is.
	 */
	private static <T> void moveTo(List<T> all, T item, Integer position, ObjIntConsumer<T> placeAt) {
		if (position == null || all.indexOf(item) == position) {
			return;
		}
		List<T> others = new ArrayList<>(all);
		others.remove(item);
		place(others, item, position, placeAt);
	}

	private static <T> void place(List<T> others, T item, Integer position, ObjIntConsumer<T> placeAt) {
		others.add(OrderedTree.clamp(position, others.size()), item);
		OrderedTree.renumber(others, placeAt);
	}

}
