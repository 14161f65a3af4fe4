package com.marketingplanner.domain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import com.marketingplanner.domain.shared.BusinessRuleViolation;

import org.springframework.data.jpa.domain.Specification;

/**
 * Filters for the plan list; every field is optional.
 *
 * @param status only plans in this status
 * @param owner only plans owned by this username
 * @param text a case-insensitive part of the title
 * @param year only plans whose period overlaps this calendar year
 */
public record PlanFilter(PlanStatus status, String owner, String text, Integer year) {

	/** The years a plan's dates can have (the date range every date input accepts). */
	public static final int FIRST_YEAR = 1;

	public static final int LAST_YEAR = 9999;

	public PlanFilter {
		if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
			throw new BusinessRuleViolation("year", "error.plan.filter-year", "The year must be between 1 and 9999",
					FIRST_YEAR, LAST_YEAR);
		}
	}

	public static PlanFilter none() {
		return new PlanFilter(null, null, null, null);
	}

	Specification<Plan> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.status != null) {
				predicates.add(cb.equal(root.get("status"), this.status));
			}
			if (this.owner != null && !this.owner.isBlank()) {
				predicates.add(cb.equal(root.get("owner").get("username"), this.owner));
			}
			if (this.text != null && !this.text.isBlank()) {
				predicates.add(cb.like(cb.lower(root.get("title")),
						"%" + this.text.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%", '\\'));
			}
			if (this.year != null) {
				predicates
					.add(cb.lessThanOrEqualTo(root.get("periodStart"), java.time.LocalDate.of(this.year, 12, 31)));
				predicates.add(cb.greaterThanOrEqualTo(root.get("periodEnd"), java.time.LocalDate.of(this.year, 1, 1)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
