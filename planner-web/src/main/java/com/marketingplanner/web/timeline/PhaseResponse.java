package com.marketingplanner.web.timeline;

import java.time.LocalDate;

import com.marketingplanner.domain.timeline.Phase;

/** A phase as the API returns it; {@code version} is what an edit must send back. */
public record PhaseResponse(long id, String name, LocalDate startDate, LocalDate endDate, String focus, int position,
		long version) {

	static PhaseResponse from(Phase phase) {
		return new PhaseResponse(phase.getId(), phase.getName(), phase.getStartDate(), phase.getEndDate(),
				phase.getFocus(), phase.getPosition(), phase.getVersion());
	}

}
