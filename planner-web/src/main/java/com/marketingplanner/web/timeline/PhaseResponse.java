package com.marketingplanner.web.timeline;

import java.time.LocalDate;

import com.marketingplanner.domain.timeline.Phase;

/**
 * A phase as the API returns it; {@code scheme} is the breakdown of the plan's time it
 * belongs to (null = the main one); {@code version} is what an edit must send back.
 */
public record PhaseResponse(long id, String name, LocalDate startDate, LocalDate endDate, String focus, String scheme,
		int position, long version) {

	static PhaseResponse from(Phase phase) {
		return new PhaseResponse(phase.getId(), phase.getName(), phase.getStartDate(), phase.getEndDate(),
				phase.getFocus(), phase.getScheme(), phase.getPosition(), phase.getVersion());
	}

}
