package com.marketingplanner.domain.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marketingplanner.domain.goal.KpiMeasurement;
import com.marketingplanner.domain.goal.KpiMeasurementRepository;
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
 * same plan and must not form a cycle; the gate's KPI comparisons must name KPIs of the
 * plan; the phase must be a phase of the plan. Gates are evaluated against the KPIs'
 * latest measurements ({@link #gates(long)}). One transaction per user action; everything
 * is checked before anything is written.
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

	private final KpiMeasurementRepository measurements;

	public MilestoneService(PlanService plans, MilestoneRepository milestones, PhaseRepository phases,
			PlanReferences references, KpiMeasurementRepository measurements) {
		this.plans = plans;
		this.milestones = milestones;
		this.phases = phases;
		this.references = references;
		this.measurements = measurements;
	}

	/**
	 * The gates of the plan's milestones evaluated against the latest measurement of each
	 * KPI they compare (one query for all).
	 */
	public MilestoneGates gates(long planId) {
		return gates(all(planId));
	}

	/** The gates of the given milestones, evaluated (one query for all). */
	public MilestoneGates gates(Collection<Milestone> of) {
		Set<Long> kpiIds = new LinkedHashSet<>();
		of.forEach((milestone) -> kpiIds.addAll(milestone.gateKpiIds()));
		Map<Long, BigDecimal> latest = new HashMap<>();
		if (!kpiIds.isEmpty()) {
			for (KpiMeasurement measurement : this.measurements.findNewestFirst(kpiIds)) {
				latest.putIfAbsent(measurement.getKpi().getId(), measurement.getValue());
			}
		}
		Map<Long, GateEvaluation> evaluations = new HashMap<>();
		for (Milestone milestone : of) {
			GateEvaluation evaluation = milestone.evaluateGate(latest);
			if (evaluation != null) {
				evaluations.put(milestone.getId(), evaluation);
			}
		}
		return new MilestoneGates(evaluations);
	}

	/**
	 * Records a person's check of a gate condition stated in words ("main channel chosen
	 * by ROI": met, not met, open again), with who and when. Like the status, an
	 * execution record: allowed while the plan is open.
	 */
	@Transactional
	public Milestone checkGateCondition(long planId, long milestoneId, int position, GateCheckCommand command,
			String checkedBy) {
		this.plans.getOpen(planId);
		Milestone milestone = get(planId, milestoneId);
		milestone.requireVersion(command.version());
		milestone.checkGateCondition(position, command.state(), checkedBy, Instant.now());
		return this.milestones.saveAndFlush(milestone);
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
		Checked checked = check(planId, milestone, milestone.getStatus(), command);
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

	private Checked check(long planId, Milestone current, MilestoneStatus currentStatus, MilestoneCommand command) {
		Long milestoneId = (current != null) ? current.getId() : null;
		Milestone.requireValidTitle(command.title());
		Milestone.requireValidDueDate(command.dueDate());
		Phase phase = phaseOf(planId, command.phaseId());
		if (command.status() != null) {
			Milestone.requireTransition(currentStatus, command.status());
		}
		List<GateCondition> gate = checkGate(planId, current, command);
		Set<Long> dependsOn = checkDependencies(planId, milestoneId, command.dependsOnIds());
		return new Checked(phase, gate, dependsOn);
	}

	/**
	 * The gate's conditions the command states; {@code null} to keep the current gate (a
	 * single-gate client sending the gate back as it read it).
	 */
	private List<GateCondition> checkGate(long planId, Milestone current, MilestoneCommand command) {
		List<GateCondition> conditions = new ArrayList<>();
		if (command.gateConditions() != null) {
			for (int i = 0; i < command.gateConditions().size(); i++) {
				GateConditionCommand row = command.gateConditions().get(i);
				if (row == null || row.isEmpty()) {
					continue;
				}
				String field = "gateConditions[" + i + "]";
				conditions.add(GateCondition.of(field, row.kpiId(), row.operator(), row.value(), row.text()));
				this.references.requireKpi(planId, row.kpiId(), field + ".kpiId");
			}
			return conditions;
		}
		KpiThreshold single = KpiThreshold.of(command.gateKpiId(), command.gateOperator(), command.gateValue(),
				GATE_FIELDS);
		this.references.requireKpi(planId, command.gateKpiId(), GATE_FIELDS[0]);
		if (current != null && isSingleGateOf(current, single, command.gateText())) {
			return null;
		}
		if (single != null) {
			conditions.add(GateCondition.onKpi(single, command.gateText()));
		}
		else if (command.gateText() != null && !command.gateText().isBlank()) {
			conditions.add(GateCondition.inWords("gateText", command.gateText()));
		}
		return conditions;
	}

	private static boolean isSingleGateOf(Milestone milestone, KpiThreshold single, String text) {
		KpiThreshold gate = milestone.getGate();
		boolean sameThreshold = (gate == null) ? single == null
				: single != null && gate.getKpiId().equals(single.getKpiId())
						&& gate.getOperator() == single.getOperator()
						&& gate.getValue().compareTo(single.getValue()) == 0;
		String stripped = (text == null || text.isBlank()) ? null : text.strip();
		return sameThreshold && Objects.equals(milestone.getGateText(), stripped);
	}

	private void apply(Milestone milestone, MilestoneCommand command, Checked checked) {
		milestone.describe(command.title(), command.deliverable(), command.acceptanceCriteria(), command.owner());
		milestone.schedule(command.dueDate(), checked.phase());
		if (checked.gate() != null) {
			milestone.gateOn(command.gateMatch(), checked.gate());
		}
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

	private record Checked(Phase phase, List<GateCondition> gate, Set<Long> dependsOn) {
	}

}
