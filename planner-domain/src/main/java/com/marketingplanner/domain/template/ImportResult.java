package com.marketingplanner.domain.template;

import java.util.List;

import com.marketingplanner.domain.plan.PlanNote;

/**
 * A plan made from a document.
 *
 * @param planId the new plan's id
 * @param adjustments what the lenient path changed, as the notes recorded on the plan
 * (empty when the document was taken as it is)
 */
public record ImportResult(long planId, List<PlanNote> adjustments) {

	public ImportResult {
		adjustments = List.copyOf(adjustments);
	}

}
