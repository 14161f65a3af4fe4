package com.marketingplanner.domain.marketingdata;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published (as a Spring application event, inside the import's transaction) after an
 * import changed stored data, so that listeners can re-evaluate what depends on it, e.g.
 * alerts, after the commit.
 *
 * @param jobId the import job
 * @param kind what was imported
 * @param planIds the plans whose rows were imported (line spend, KPI measurements); empty
 * for organisation-level kinds
 * @param from first day with changed rows (in the {@link DataTimeZone})
 * @param to last day with changed rows
 * @param dataVersion the data version the import produced
 */
public record MarketingDataImported(long jobId, DataKind kind, Set<Long> planIds, LocalDate from, LocalDate to,
		long dataVersion) {

	public MarketingDataImported {
		planIds = Set.copyOf(planIds);
	}

}
