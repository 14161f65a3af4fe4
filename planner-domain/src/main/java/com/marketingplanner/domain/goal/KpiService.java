package com.marketingplanner.domain.goal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.marketingplanner.analytics.goal.GoalStatus;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPIs of a plan, each under a goal of the same plan or directly under the plan. The
 * rules of their levels are those of {@link KpiTargets}; all are checked before anything
 * is written.
 */
@Service
@Transactional(readOnly = true)
public class KpiService {

	private final PlanService plans;

	private final GoalService goalService;

	private final KpiRepository kpis;

	private final KpiMeasurementRepository measurements;

	public KpiService(PlanService plans, GoalService goalService, KpiRepository kpis,
			KpiMeasurementRepository measurements) {
		this.plans = plans;
		this.goalService = goalService;
		this.kpis = kpis;
		this.measurements = measurements;
	}

	/** A page of the plan's KPIs (in plan order unless the page asks otherwise). */
	public Page<Kpi> list(long planId, KpiFilter filter, Pageable pageable) {
		this.plans.get(planId);
		Pageable ordered = pageable.getSort().isSorted() ? pageable
				: PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), GoalService.TREE_ORDER);
		return this.kpis.findAll(filter.toSpecification(planId), ordered);
	}

	/**
	 * A page of the plan's KPIs that pass the filter and, when {@code status} is given,
	 * stand at that status against their latest measurement, in plan order. The status is
	 * computed, not stored: with a status the plan's KPIs are evaluated and filtered
	 * first, then paged.
	 */
	public Page<Kpi> list(long planId, KpiFilter filter, GoalStatus status, Pageable pageable) {
		if (status == null) {
			return list(planId, filter, pageable);
		}
		List<Kpi> candidates = all(planId, filter);
		Map<Long, KpiMeasurement> latest = latestMeasurements(candidates);
		List<Kpi> matching = candidates.stream().filter((kpi) -> {
			KpiMeasurement measurement = latest.get(kpi.getId());
			return kpi.attainment((measurement != null) ? measurement.getValue() : null).status() == status;
		}).toList();
		if (pageable.isUnpaged()) {
			return new PageImpl<>(matching, pageable, matching.size());
		}
		int from = (int) Math.min(pageable.getOffset(), matching.size());
		int to = Math.min(from + pageable.getPageSize(), matching.size());
		return new PageImpl<>(matching.subList(from, to), pageable, matching.size());
	}

	/** All KPIs of the plan that pass the filter, in plan order. */
	public List<Kpi> all(long planId, KpiFilter filter) {
		this.plans.get(planId);
		return this.kpis.findAll(filter.toSpecification(planId), GoalService.TREE_ORDER);
	}

	public Kpi get(long planId, long kpiId) {
		return PlanPart.requireIn(planId, this.kpis.findWithGoalById(kpiId), "KPI", kpiId);
	}

	/**
	 * The latest measurement of each of the given KPIs that has one (by period end, then
	 * by recording time), keyed by KPI id.
	 */
	public Map<Long, KpiMeasurement> latestMeasurements(Collection<Kpi> of) {
		Map<Long, KpiMeasurement> latest = new HashMap<>();
		if (of.isEmpty()) {
			return latest;
		}
		List<Long> ids = of.stream().map(Kpi::getId).toList();
		for (KpiMeasurement measurement : this.measurements.findNewestFirst(ids)) {
			latest.putIfAbsent(measurement.getKpi().getId(), measurement);
		}
		return latest;
	}

	/**
	 * Every measurement of the given KPIs, keyed by KPI id, each KPI's oldest first (by
	 * period end, then by recording time): the series of a trend. One query.
	 */
	public Map<Long, List<KpiMeasurement>> measurementHistory(Collection<Kpi> of) {
		Map<Long, List<KpiMeasurement>> history = new HashMap<>();
		if (of.isEmpty()) {
			return history;
		}
		List<KpiMeasurement> newestFirst = this.measurements.findNewestFirst(of.stream().map(Kpi::getId).toList());
		for (int i = newestFirst.size() - 1; i >= 0; i--) {
			KpiMeasurement measurement = newestFirst.get(i);
			history.computeIfAbsent(measurement.getKpi().getId(), (id) -> new ArrayList<>()).add(measurement);
		}
		return history;
	}

	@Transactional
	public Kpi create(long planId, KpiCommand command) {
		Plan plan = this.plans.getEditable(planId);
		Goal goal = goalInPlan(planId, command.goalId());
		Kpi kpi = new Kpi(plan, command.name(), command.targets());
		apply(kpi, command);
		kpi.attachTo(goal, this.kpis.nextPosition(planId));
		return this.kpis.save(kpi);
	}

	@Transactional
	public Kpi update(long planId, long kpiId, KpiCommand command) {
		this.plans.getEditable(planId);
		Kpi kpi = get(planId, kpiId);
		kpi.requireVersion(command.version());
		Goal goal = Objects.equals(command.goalId(), kpi.getGoalId()) ? kpi.getGoal()
				: goalInPlan(planId, command.goalId());
		KpiTargets targets = command.targets();
		apply(kpi, command);
		kpi.aimAt(targets);
		kpi.attachTo(goal, kpi.getPosition());
		return this.kpis.saveAndFlush(kpi);
	}

	/** Deletes the KPI with its measurements. */
	@Transactional
	public void delete(long planId, long kpiId, long version) {
		this.plans.getEditable(planId);
		Kpi kpi = get(planId, kpiId);
		kpi.requireVersion(version);
		this.measurements.deleteByKpiId(kpiId);
		this.kpis.deleteById(kpiId);
		this.kpis.flush();
	}

	private void apply(Kpi kpi, KpiCommand command) {
		kpi.define(command.name(), command.definition(), command.unit());
		kpi.aimAt(command.targets());
		kpi.categorise(command.category());
		kpi.schedule(command.dueDate(), command.frequency());
		kpi.assignTo(command.owner());
		kpi.keepAsBenchmarkCase(command.countsAsBenchmarkCase());
		kpi.aimFor(command.aim());
		kpi.assess(command.qualitativeStatus());
	}

	private Goal goalInPlan(long planId, Long goalId) {
		if (goalId == null) {
			return null;
		}
		try {
			return this.goalService.get(planId, goalId);
		}
		catch (ResourceNotFoundException ex) {
			throw new BusinessRuleViolation("goalId", "error.kpi.goal-unknown",
					"Goal " + goalId + " is not a goal of this plan", goalId);
		}
	}

}
