package com.marketingplanner.domain.goal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * Filters for the goal list of a plan; every field is optional.
 *
 * @param category only goals of this category
 * @param horizon only goals of this horizon
 */
public record GoalFilter(GoalCategory category, GoalHorizon horizon) {

	public static GoalFilter none() {
		return new GoalFilter(null, null);
	}

	Specification<Goal> toSpecification(long planId) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.equal(root.get("plan").get("id"), planId));
			if (this.category != null) {
				predicates.add(cb.equal(root.get("category"), this.category));
			}
			if (this.horizon != null) {
				predicates.add(cb.equal(root.get("horizon"), this.horizon));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
