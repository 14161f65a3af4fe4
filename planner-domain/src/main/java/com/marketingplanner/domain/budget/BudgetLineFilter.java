package com.marketingplanner.domain.budget;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * Filters for the flat list of a plan's budget lines; every field is optional.
 *
 * @param tag only lines carrying this tag (case-insensitive)
 * @param channel only lines of the channel with this code
 * @param phaseId only lines of this phase
 */
public record BudgetLineFilter(String tag, String channel, Long phaseId) {

	public static BudgetLineFilter none() {
		return new BudgetLineFilter(null, null, null);
	}

	Specification<BudgetLine> toSpecification(long planId) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.equal(root.get("plan").get("id"), planId));
			if (this.tag != null && !this.tag.isBlank()) {
				predicates.add(cb.equal(root.join("tags"), BudgetLine.normalizeTag(this.tag)));
			}
			if (this.channel != null && !this.channel.isBlank()) {
				predicates.add(cb.equal(root.get("channel").get("code"), this.channel.strip()));
			}
			if (this.phaseId != null) {
				predicates.add(cb.equal(root.get("phaseId"), this.phaseId));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
