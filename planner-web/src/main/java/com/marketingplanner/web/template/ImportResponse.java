package com.marketingplanner.web.template;

import java.util.List;

import com.marketingplanner.web.plan.NoteResponse;
import com.marketingplanner.web.plan.PlanResponse;

/**
 * A plan made from a document: its header, and what the import had to adjust (also kept
 * as notes on the plan).
 */
public record ImportResponse(PlanResponse plan, List<NoteResponse> adjustments) {
}
