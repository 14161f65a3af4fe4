package com.marketingplanner.domain.timeline;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milestones of a plan, in due-date order. Dependencies must be milestones of the
 * same plan and must not form a cycle; the KPI gate must name a KPI of the plan; the
 * phase must be a phase of the plan. One transaction per user action; everything is
 * checked before anything is written.
 */
@Service
@Transactional(readOnly = true)
public class MilestoneService {

	private static final Sort DATE_ORDER = Sort.by("dueDate", "id");

	private static final String[] GATE_FIELDS = { "gateKpiId", "gateOperator", "gateValue" };

	private final PlanService plans;

	private final MilestoneRepository milestones;

	private final PhaseRepository phases;

	private final PlanReferences references;

	public MilestoneService(PlanService plans, MilestoneRepository milestones, PhaseRepository phases,
			PlanReferences references) {
		this.plans = plans;
		this.milestones = milestones;
		this.phases = phases;
		this.references = references;
	}

	/** All milestones of the plan in due-date order. */
	public List<Milestone> all(long planId) {
		this.plans.get(planId);
		return this.milestones.findByPlanIdOrderByDueDateAscIdAsc(planId);
	}

	/**
	 * The milestones still ahead, for an overview: not final (neither done nor
	 * cancelled), in due-date order, at most {@code limit}.
	 */
	public List<Milestone> upcoming(long planId, int limit) {
		return all(planId).stream().filter((milestone) -> !milestone.getStatus().isFinal()).limit(limit).toList();
	}

	/**
	 * All milestones of the plan in the order they were added (the order of its
	 * document).
	 */
	public List<Milestone> inEntryOrder(long planId) {
		this.plans.get(planId);
		return this.milestones.findByPlanIdOrderByIdAsc(planId);
	}

	/**
	 * A page of the plan's milestones in due-date order (the pageable's sort is ignored).
	 */
	public Page<Milestone> list(long planId, MilestoneFilter filter, Pageable pageable) {
		this.plans.get(planId);
		Pageable ordered = pageable.isPaged()
				? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), DATE_ORDER)
				: Pageable.unpaged(DATE_ORDER);
		return this.milestones.findAll(filter.toSpecification(planId), ordered);
	}

	/** The milestone, provided it belongs to the plan (404 otherwise). */
	public Milestone get(long planId, long milestoneId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.milestones.findById(milestoneId), "Milestone", milestoneId);
	}

	@Transactional
	public Milestone add(long planId, MilestoneCommand command) {
		Plan plan = this.plans.getEditable(planId);
		Checked checked = check(planId, null, MilestoneStatus.PLANNED, command);
		Milestone milestone = new Milestone(plan, command.title(), command.dueDate());
		apply(milestone, command, checked);
		return this.milestones.save(milestone);
	}

	@Transactional
	public Milestone update(long planId, long milestoneId, MilestoneCommand command) {
		this.plans.getEditable(planId);
		Milestone milestone = get(planId, milestoneId);
		milestone.requireVersion(command.version());
		Checked checked = check(planId, milestoneId, milestone.getStatus(), command);
		apply(milestone, command, checked);
		return this.milestones.saveAndFlush(milestone);
	}

	/**
	 * The intention a status stands for (IN_PROGRESS: start or resume; DONE: complete;
	 * MISSED: miss; CANCELLED: cancel). A milestone's status is an execution record: it
	 * changes while the plan is open, also when approved or active.
	 */
	@Transactional
	public Milestone changeStatus(long planId, long milestoneId, MilestoneStatusCommand command) {
		this.plans.getOpen(planId);
		Milestone milestone = get(planId, milestoneId);
		milestone.requireVersion(command.version());
		moveTo(milestone, command.status());
		return this.milestones.saveAndFlush(milestone);
	}

	private static void moveTo(Milestone milestone, MilestoneStatus target) {
		Milestone.requireTransition(milestone.getStatus(), target);
		if (target == milestone.getStatus()) {
			return;
		}
		switch (target) {
			case IN_PROGRESS -> milestone.start();
			case DONE -> milestone.complete();
			case MISSED -> milestone.miss();
			case CANCELLED -> milestone.cancel();
			case PLANNED -> Milestone.requireTransition(milestone.getStatus(), target);
		}
	}

	/** Deletes the milestone; milestones that depended on it no longer do. */
	@Transactional
	public void delete(long planId, long milestoneId, long version) {
		this.plans.getEditable(planId);
		Milestone milestone = get(planId, milestoneId);
		milestone.requireVersion(version);
		for (Milestone other : this.milestones.findByPlanIdOrderByDueDateAscIdAsc(planId)) {
			if (other.getDependsOnIds().contains(milestoneId)) {
				other.forgetDependency(milestoneId);
			}
		}
		this.milestones.flush();
		this.milestones.delete(milestone);
	}

	private Checked check(long planId, Long milestoneId, MilestoneStatus currentStatus, MilestoneCommand command) {
		Milestone.requireValidTitle(command.title());
		Milestone.requireValidDueDate(command.dueDate());
		Phase phase = phaseOf(planId, command.phaseId());
		if (command.status() != null) {
			Milestone.requireTransition(currentStatus, command.status());
		}
		KpiThreshold gate = KpiThreshold.of(command.gateKpiId(), command.gateOperator(), command.gateValue(),
				GATE_FIELDS);
		this.references.requireKpi(planId, command.gateKpiId(), GATE_FIELDS[0]);
		Set<Long> dependsOn = checkDependencies(planId, milestoneId, command.dependsOnIds());
		return new Checked(phase, gate, dependsOn);
	}

	private void apply(Milestone milestone, MilestoneCommand command, Checked checked) {
		milestone.describe(command.title(), command.deliverable(), command.acceptanceCriteria(), command.owner());
		milestone.schedule(command.dueDate(), checked.phase());
		milestone.gateOn(checked.gate(), command.gateText());
		milestone.dependOn(checked.dependsOn());
		if (command.status() != null) {
			moveTo(milestone, command.status());
		}
	}

	private Phase phaseOf(long planId, Long phaseId) {
		if (phaseId == null) {
			return null;
		}
		Phase phase = this.phases.findById(phaseId).orElse(null);
		if (phase == null || !phase.getPlan().getId().equals(planId)) {
			throw new BusinessRuleViolation("phaseId", "error.milestone.phase-unknown",
					"Phase " + phaseId + " is not a phase of this plan", phaseId);
		}
		return phase;
	}

	private Set<Long> checkDependencies(long planId, Long milestoneId, Collection<Long> requested) {
		Set<Long> ids = (requested != null)
				? requested.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new))
				: new LinkedHashSet<>();
		if (ids.isEmpty()) {
			return ids;
		}
		if (milestoneId != null && ids.contains(milestoneId)) {
			throw new BusinessRuleViolation("dependsOnIds", "error.milestone.depends-on-itself",
					"A milestone cannot depend on itself");
		}
		Map<Long, Milestone> inPlan = this.milestones.findByPlanIdOrderByDueDateAscIdAsc(planId)
			.stream()
			.collect(Collectors.toMap(Milestone::getId, Function.identity()));
		for (Long id : ids) {
			if (!inPlan.containsKey(id)) {
				throw new BusinessRuleViolation("dependsOnIds", "error.milestone.dependency-unknown",
						"Milestone " + id + " is not a milestone of this plan", id);
			}
		}
		if (milestoneId != null) {
			DependencyGraph graph = new DependencyGraph(
					inPlan.values().stream().collect(Collectors.toMap(Milestone::getId, Milestone::getDependsOnIds)));
			Optional<List<Long>> cycle = graph.cycleIfDependsOn(milestoneId, ids);
			if (cycle.isPresent()) {
				String path = cycle.get()
					.stream()
					.map((id) -> "'" + inPlan.get(id).getTitle() + "'")
					.collect(Collectors.joining(" → "));
				throw new BusinessRuleViolation("dependsOnIds", "error.milestone.dependency-cycle",
						"These dependencies would form a cycle: " + path, path);
			}
		}
		return ids;
	}

	private record Checked(Phase phase, KpiThreshold gate, Set<Long> dependsOn) {
	}

}
