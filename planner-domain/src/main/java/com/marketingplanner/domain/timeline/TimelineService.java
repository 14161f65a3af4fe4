package com.marketingplanner.domain.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.DateRange;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a plan's whole timeline and finds what looks wrong in it. */
@Service
@Transactional(readOnly = true)
public class TimelineService {

	private final PlanService plans;

	private final PhaseRepository phases;

	private final MilestoneRepository milestones;

	public TimelineService(PlanService plans, PhaseRepository phases, MilestoneRepository milestones) {
		this.plans = plans;
		this.phases = phases;
		this.milestones = milestones;
	}

	/** Phases with their milestones, milestones without a phase, and the warnings. */
	public TimelineOverview overview(long planId) {
		Plan plan = this.plans.get(planId);
		List<Phase> allPhases = this.phases.findByPlanIdOrderByStartDateAscPositionAscIdAsc(planId);
		List<Milestone> allMilestones = this.milestones.findByPlanIdOrderByDueDateAscIdAsc(planId);
		Map<Long, List<Milestone>> byPhase = new LinkedHashMap<>();
		List<Milestone> unphased = new ArrayList<>();
		for (Milestone milestone : allMilestones) {
			if (milestone.getPhaseId() == null) {
				unphased.add(milestone);
			}
			else {
				byPhase.computeIfAbsent(milestone.getPhaseId(), (id) -> new ArrayList<>()).add(milestone);
			}
		}
		List<TimelineOverview.PhaseMilestones> phaseMilestones = allPhases.stream()
			.map((phase) -> new TimelineOverview.PhaseMilestones(phase,
					List.copyOf(byPhase.getOrDefault(phase.getId(), List.of()))))
			.toList();
		return new TimelineOverview(plan.period(), phaseMilestones, List.copyOf(unphased),
				warnings(plan.period(), allPhases, allMilestones));
	}

	/**
	 * What looks wrong in the plan's timeline, phases first, then milestones by due date.
	 */
	public List<TimelineWarning> warnings(long planId) {
		Plan plan = this.plans.get(planId);
		return warnings(plan.period(), this.phases.findByPlanIdOrderByStartDateAscPositionAscIdAsc(planId),
				this.milestones.findByPlanIdOrderByDueDateAscIdAsc(planId));
	}

	static List<TimelineWarning> warnings(DateRange planPeriod, List<Phase> phases, List<Milestone> milestones) {
		List<TimelineWarning> warnings = new ArrayList<>();
		for (Phase phase : phases) {
			if (!phase.liesWithin(planPeriod)) {
				warnings.add(new TimelineWarning(TimelineWarning.Kind.PHASE_OUTSIDE_PLAN_PERIOD, phase.getId(), null,
						List.of(phase.getName(), phase.getStartDate(), phase.getEndDate(), planPeriod.start(),
								planPeriod.end()),
						"Phase '" + phase.getName() + "' (" + phase.getStartDate() + " – " + phase.getEndDate()
								+ ") lies outside the plan period " + planPeriod.start() + " – " + planPeriod.end()));
			}
		}
		for (int i = 0; i < phases.size(); i++) {
			for (int j = i + 1; j < phases.size(); j++) {
				Phase phase = phases.get(i);
				Phase other = phases.get(j);
				if (phase.overlapsInScheme(other)) {
					String scheme = (phase.getScheme() != null) ? phase.getScheme() : "—";
					warnings.add(new TimelineWarning(TimelineWarning.Kind.PHASES_OVERLAP_IN_SCHEME, phase.getId(), null,
							List.of(phase.getName(), phase.getStartDate(), phase.getEndDate(), other.getName(),
									other.getStartDate(), other.getEndDate(), scheme),
							"Phases '" + phase.getName() + "' and '" + other.getName() + "' of the scheme '" + scheme
									+ "' overlap"));
				}
			}
		}
		Map<Long, Milestone> byId = milestones.stream()
			.collect(Collectors.toMap(Milestone::getId, Function.identity()));
		for (Milestone milestone : milestones) {
			if (milestone.isDueOutsidePhase()) {
				Phase phase = milestone.getPhase();
				warnings.add(new TimelineWarning(TimelineWarning.Kind.MILESTONE_OUTSIDE_PHASE, phase.getId(),
						milestone.getId(),
						List.of(milestone.getTitle(), milestone.getDueDate(), phase.getName(), phase.getStartDate(),
								phase.getEndDate()),
						"Milestone '" + milestone.getTitle() + "' is due on " + milestone.getDueDate()
								+ ", outside its phase '" + phase.getName() + "' (" + phase.getStartDate() + " – "
								+ phase.getEndDate() + ")"));
			}
			if (!planPeriod.contains(milestone.getDueDate())) {
				warnings.add(new TimelineWarning(TimelineWarning.Kind.MILESTONE_OUTSIDE_PLAN_PERIOD, null,
						milestone.getId(),
						List.of(milestone.getTitle(), milestone.getDueDate(), planPeriod.start(), planPeriod.end()),
						"Milestone '" + milestone.getTitle() + "' is due on " + milestone.getDueDate()
								+ ", outside the plan period " + planPeriod.start() + " – " + planPeriod.end()));
			}
			for (Long dependencyId : milestone.getDependsOnIds()) {
				Milestone dependency = byId.get(dependencyId);
				if (dependency != null && milestone.getDueDate().isBefore(dependency.getDueDate())) {
					warnings.add(new TimelineWarning(TimelineWarning.Kind.MILESTONE_DUE_BEFORE_DEPENDENCY, null,
							milestone.getId(),
							List.of(milestone.getTitle(), milestone.getDueDate(), dependency.getTitle(),
									dependency.getDueDate()),
							"Milestone '" + milestone.getTitle() + "' is due on " + milestone.getDueDate()
									+ ", before '" + dependency.getTitle() + "' (due " + dependency.getDueDate()
									+ ") which it depends on"));
				}
			}
		}
		return List.copyOf(warnings);
	}

}
