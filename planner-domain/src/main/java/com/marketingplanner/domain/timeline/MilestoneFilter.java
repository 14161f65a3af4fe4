package com.marketingplanner.domain.timeline;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * Filters for a plan's milestone list; every field is optional.
 *
 * @param status only milestones in this status
 * @param phaseId only milestones of this phase
 */
public record MilestoneFilter(MilestoneStatus status, Long phaseId) {

	public static MilestoneFilter none() {
		return new MilestoneFilter(null, null);
	}

	Specification<Milestone> toSpecification(long planId) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.equal(root.get("plan").get("id"), planId));
			if (this.status != null) {
				predicates.add(cb.equal(root.get("status"), this.status));
			}
			if (this.phaseId != null) {
				predicates.add(cb.equal(root.get("phase").get("id"), this.phaseId));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
