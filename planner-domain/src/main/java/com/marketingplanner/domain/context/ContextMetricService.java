package com.marketingplanner.domain.context;

import java.util.ArrayList;
import java.util.List;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.OrderedTree;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's context figures in their order. One transaction per action; everything is
 * checked before anything is written (closed plans are read-only).
 */
@Service
@Transactional(readOnly = true)
public class ContextMetricService {

	private final PlanService plans;

	private final ContextMetricRepository metrics;

	public ContextMetricService(PlanService plans, ContextMetricRepository metrics) {
		this.plans = plans;
		this.metrics = metrics;
	}

	public List<ContextMetric> all(long planId) {
		this.plans.get(planId);
		return this.metrics.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	public ContextMetric get(long planId, long metricId) {
		this.plans.get(planId);
		return PlanPart.requireIn(planId, this.metrics.findById(metricId), "ContextMetric", metricId);
	}

	@Transactional
	public ContextMetric add(long planId, ContextMetricCommand command) {
		Plan plan = this.plans.getEditable(planId);
		List<ContextMetric> all = new ArrayList<>(this.metrics.findByPlanIdOrderByPositionAscIdAsc(planId));
		ContextMetric metric = new ContextMetric(plan, all.size(), command.name());
		apply(metric, command);
		OrderedTree.place(all, metric, command.position(), ContextMetric::placeAt);
		return this.metrics.save(metric);
	}

	@Transactional
	public ContextMetric update(long planId, long metricId, ContextMetricCommand command) {
		this.plans.getEditable(planId);
		ContextMetric metric = get(planId, metricId);
		metric.requireVersion(command.version());
		apply(metric, command);
		if (command.position() != null && command.position() != metric.getPosition()) {
			List<ContextMetric> all = new ArrayList<>(this.metrics.findByPlanIdOrderByPositionAscIdAsc(planId));
			all.remove(metric);
			OrderedTree.place(all, metric, command.position(), ContextMetric::placeAt);
		}
		return this.metrics.saveAndFlush(metric);
	}

	@Transactional
	public void delete(long planId, long metricId, long version) {
		this.plans.getEditable(planId);
		ContextMetric metric = get(planId, metricId);
		metric.requireVersion(version);
		this.metrics.delete(metric);
		this.metrics.flush();
		OrderedTree.renumber(this.metrics.findByPlanIdOrderByPositionAscIdAsc(planId), ContextMetric::placeAt);
	}

	private static void apply(ContextMetric metric, ContextMetricCommand command) {
		metric.rename(command.name());
		metric.measure(command.qualifier(), command.value(), command.upperValue(), command.unit(),
				command.changePercent(), command.changeBasis());
		metric.compareWith(command.comparisonValue(), command.comparisonLabel());
		metric.asOf(command.asOfYear());
		metric.cite(command.sourceSection(), command.note());
	}

}
