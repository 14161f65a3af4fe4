package com.marketingplanner.domain.alert;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * Which alerts to list: by status ({@code null} = every alert not resolved yet), by
 * severity, by plan ({@code null} = every plan).
 */
public record AlertFilter(AlertStatus status, AlertSeverity severity) {

	/** Every alert that is not resolved. */
	public static AlertFilter unresolved() {
		return new AlertFilter(null, null);
	}

	Specification<Alert> toSpecification(Long planId) {
		return (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (planId != null) {
				predicates.add(builder.equal(root.get("plan").get("id"), planId));
			}
			if (this.status != null) {
				predicates.add(builder.equal(root.get("status"), this.status));
			}
			else {
				predicates.add(builder.notEqual(root.get("status"), AlertStatus.RESOLVED));
			}
			if (this.severity != null) {
				predicates.add(builder.equal(root.get("severity"), this.severity));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

}
