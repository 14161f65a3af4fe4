package com.marketingplanner.domain.experiment;

import java.util.List;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The A/B tests of a plan: registered with their design and variants, their counts
 * updated as they run, evaluated on every read ({@link Experiment#evaluate()}). The KPI a
 * test is meant to move must be the plan's. One transaction per user action; everything
 * is checked before anything is written.
 */
@Service
@Transactional(readOnly = true)
public class ExperimentService {

	private final PlanService plans;

	private final ExperimentRepository experiments;

	private final PlanReferences references;

	public ExperimentService(PlanService plans, ExperimentRepository experiments, PlanReferences references) {
		this.plans = plans;
		this.experiments = experiments;
		this.references = references;
	}

	/** A page of the plan's tests, the latest start first. */
	public Page<Experiment> list(long planId, Pageable pageable) {
		this.plans.get(planId);
		return this.experiments.findByPlan(planId, pageable);
	}

	/** All of the plan's tests, the latest start first. */
	public List<Experiment> all(long planId) {
		return list(planId, Pageable.unpaged()).getContent();
	}

	/** The test, provided it belongs to the plan (404 otherwise). */
	public Experiment get(long planId, long experimentId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.experiments.findById(experimentId), "Experiment", experimentId);
	}

	@Transactional
	public Experiment register(long planId, ExperimentCommand command) {
		Plan plan = this.plans.getOpen(planId);
		List<ExperimentVariant> variants = check(planId, command);
		Experiment experiment = new Experiment(plan, command.name(), variants);
		apply(experiment, command, variants);
		return this.experiments.save(experiment);
	}

	@Transactional
	public Experiment update(long planId, long experimentId, ExperimentCommand command) {
		this.plans.getOpen(planId);
		Experiment experiment = get(planId, experimentId);
		experiment.requireVersion(command.version());
		List<ExperimentVariant> variants = check(planId, command);
		apply(experiment, command, variants);
		return this.experiments.saveAndFlush(experiment);
	}

	@Transactional
	public void delete(long planId, long experimentId, long version) {
		this.plans.getOpen(planId);
		Experiment experiment = get(planId, experimentId);
		experiment.requireVersion(version);
		this.experiments.delete(experiment);
	}

	private List<ExperimentVariant> check(long planId, ExperimentCommand command) {
		Experiment.requireValidDesign(command.confidenceLevel(), command.power(), command.minimumDetectableEffect());
		this.references.requireKpi(planId, command.kpiId(), "kpiId");
		return Experiment.variantsOf((command.variants() != null) ? command.variants() : List.of());
	}

	private static void apply(Experiment experiment, ExperimentCommand command, List<ExperimentVariant> variants) {
		experiment.describe(command.name(), command.hypothesis(), command.metric(), command.kpiId());
		experiment.schedule(command.startDate(), command.endDate());
		experiment.design(command.confidenceLevel(), command.power(), command.minimumDetectableEffect());
		experiment.record(variants);
		experiment.changeStatus(command.status());
	}

}
