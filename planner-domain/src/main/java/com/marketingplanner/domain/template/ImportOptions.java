package com.marketingplanner.domain.template;

import java.time.LocalDate;

/**
 * How to import a plan document.
 *
 * @param ownerUsername the user who owns the new plan
 * @param titleOverride title to use instead of the document's, or {@code null}
 * @param startDateOverride new first day of the plan, or {@code null}: every date of the
 * plan moves with it by calendar months ({@link PlanDocument#movedTo})
 * @param templateCode the template the plan was made from (stored on the plan), or
 * {@code null}
 */
public record ImportOptions(String ownerUsername, String titleOverride, LocalDate startDateOverride,
		String templateCode) {

	/** Import as the document states it, for the given owner. */
	public static ImportOptions forOwner(String ownerUsername) {
		return new ImportOptions(ownerUsername, null, null, null);
	}

}
