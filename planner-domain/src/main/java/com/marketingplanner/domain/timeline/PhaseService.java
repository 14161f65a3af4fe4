package com.marketingplanner.domain.timeline;

import java.util.List;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phases of a plan, in date order. One transaction per user action; everything is
 * checked before anything is written.
 */
@Service
@Transactional(readOnly = true)
public class PhaseService {

	private static final Sort DATE_ORDER = Sort.by("startDate", "position", "id");

	private final PlanService plans;

	private final PhaseRepository phases;

	private final MilestoneRepository milestones;

	public PhaseService(PlanService plans, PhaseRepository phases, MilestoneRepository milestones) {
		this.plans = plans;
		this.phases = phases;
		this.milestones = milestones;
	}

	/** All phases of the plan in date order. */
	public List<Phase> all(long planId) {
		this.plans.get(planId);
		return this.phases.findByPlanIdOrderByStartDateAscPositionAscIdAsc(planId);
	}

	/**
	 * All phases of the plan in their own order (positions), as a document lists them.
	 */
	public List<Phase> inEntryOrder(long planId) {
		this.plans.get(planId);
		return this.phases.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	/** A page of the plan's phases in date order (the pageable's sort is ignored). */
	public Page<Phase> list(long planId, Pageable pageable) {
		this.plans.get(planId);
		Pageable ordered = pageable.isPaged()
				? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), DATE_ORDER)
				: Pageable.unpaged(DATE_ORDER);
		return this.phases.findByPlanId(planId, ordered);
	}

	/** The phase, provided it belongs to the plan (404 otherwise). */
	public Phase get(long planId, long phaseId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.phases.findById(phaseId), "Phase", phaseId);
	}

	@Transactional
	public Phase add(long planId, PhaseCommand command) {
		Plan plan = this.plans.getEditable(planId);
		Phase.requireValidName(command.name());
		Phase.requireValidDates(command.startDate(), command.endDate());
		int position = (command.position() != null) ? command.position() : (int) this.phases.countByPlanId(planId);
		Phase phase = new Phase(plan, position, command.name(), command.startDate(), command.endDate());
		phase.rename(command.name(), command.focus());
		phase.belongTo(command.scheme());
		return this.phases.save(phase);
	}

	@Transactional
	public Phase update(long planId, long phaseId, PhaseCommand command) {
		this.plans.getEditable(planId);
		Phase phase = get(planId, phaseId);
		phase.requireVersion(command.version());
		Phase.requireValidName(command.name());
		Phase.requireValidDates(command.startDate(), command.endDate());
		phase.rename(command.name(), command.focus());
		phase.belongTo(command.scheme());
		phase.reschedule(command.startDate(), command.endDate());
		if (command.position() != null) {
			phase.placeAt(command.position());
		}
		return this.phases.saveAndFlush(phase);
	}

	/** Deletes the phase; its milestones stay in the plan without a phase. */
	@Transactional
	public void delete(long planId, long phaseId, long version) {
		this.plans.getEditable(planId);
		Phase phase = get(planId, phaseId);
		phase.requireVersion(version);
		this.milestones.findByPhaseId(phaseId).forEach(Milestone::leavePhase);
		this.milestones.flush();
		this.phases.delete(phase);
	}

}
