package com.marketingplanner.domain.plan;

import java.util.Optional;

import com.marketingplanner.domain.shared.ResourceNotFoundException;

/**
 * Something that belongs to exactly one plan: a section, goal, KPI, budget line, phase,
 * risk, campaign, … Addressed through its plan ({@code /plans/{planId}/…/{id}}), it
 * exists only there.
 */
public interface PlanPart {

	Plan getPlan();

	/**
	 * The part, provided it belongs to the plan the caller named.
	 * @param found the part looked up by its id
	 * @throws ResourceNotFoundException when there is no such part, or it belongs to
	 * another plan (the same answer for both, so ids of other plans reveal nothing)
	 */
	static <T extends PlanPart> T requireIn(long planId, Optional<T> found, String resource, long id) {
		return found.filter((part) -> part.getPlan().getId().equals(planId))
			.orElseThrow(() -> new ResourceNotFoundException(resource, id));
	}

}
