package com.marketingplanner.web.cadence;

import com.marketingplanner.domain.cadence.Cadence;
import com.marketingplanner.domain.cadence.CadenceKind;
import com.marketingplanner.domain.shared.Frequency;

/**
 * An entry of the plan's rhythm as the API returns it; {@code weeklyReport} says that the
 * application generates it ({@code GET /api/v1/plans/{id}/reports/weekly}).
 */
public record CadenceResponse(long id, String name, CadenceKind kind, Frequency frequency, Integer timesPerPeriod,
		Integer firstWeek, Integer lastWeek, Integer durationMinutes, String owner, String participants, String agenda,
		Integer metricCount, boolean weeklyReport, int position, long version) {

	static CadenceResponse from(Cadence cadence) {
		return new CadenceResponse(cadence.getId(), cadence.getName(), cadence.getKind(), cadence.getFrequency(),
				cadence.getTimesPerPeriod(), cadence.getFirstWeek(), cadence.getLastWeek(),
				cadence.getDurationMinutes(), cadence.getOwner(), cadence.getParticipants(), cadence.getAgenda(),
				cadence.getMetricCount(), cadence.isWeeklyReport(), cadence.getPosition(), cadence.getVersion());
	}

}
