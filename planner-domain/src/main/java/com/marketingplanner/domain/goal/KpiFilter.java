package com.marketingplanner.domain.goal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * Filters for the KPI list of a plan; every field is optional. (Status is computed from
 * measurements by the analytics module, so the web layer filters by it.)
 *
 * @param goalId only KPIs of this goal
 * @param category only KPIs of this category — their own, or their goal's when they have
 * none ({@link Kpi#effectiveCategory()})
 * @param benchmarkCase only benchmark cases ({@code true}) or only commitments
 * ({@code false})
 */
public record KpiFilter(Long goalId, GoalCategory category, Boolean benchmarkCase) {

	public static KpiFilter none() {
		return new KpiFilter(null, null, null);
	}

	Specification<Kpi> toSpecification(long planId) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.equal(root.get("plan").get("id"), planId));
			if (this.goalId != null) {
				predicates.add(cb.equal(root.get("goal").get("id"), this.goalId));
			}
			if (this.category != null) {
				Join<Kpi, Goal> goal = root.join("goal", JoinType.LEFT);
				predicates.add(cb.or(cb.equal(root.get("category"), this.category),
						cb.and(cb.isNull(root.get("category")), cb.equal(goal.get("category"), this.category))));
			}
			if (this.benchmarkCase != null) {
				predicates.add(cb.equal(root.get("benchmarkCase"), this.benchmarkCase));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
