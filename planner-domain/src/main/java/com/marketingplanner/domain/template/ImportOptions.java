package com.marketingplanner.domain.template;

import java.time.LocalDate;

/**
 * How to import a plan document.
 *
 * @param ownerId id of the {@code app_user} who owns the new plan
 * @param titleOverride title to use instead of the document's, or {@code null}
 * @param startDateOverride new first day of the plan, or {@code null}: every date of the
 * plan (period, KPI due dates, phases, milestones, campaigns) moves by the same number of
 * days
 * @param templateCode the template the plan was made from (stored on the plan), or
 * {@code null}
 */
public record ImportOptions(long ownerId, String titleOverride, LocalDate startDateOverride, String templateCode) {

	/** Import as the document states it, for the given owner. */
	public static ImportOptions forOwner(long ownerId) {
		return new ImportOptions(ownerId, null, null, null);
	}

}
