package com.marketingplanner.web.timeline;

import com.marketingplanner.domain.timeline.TimelineWarning;

/**
 * A timeline warning: its kind, its message key ({@code code}) and the message in the
 * caller's language, and the phase or milestone it concerns.
 */
public record TimelineWarningResponse(TimelineWarning.Kind kind, String code, String message, Long phaseId,
		Long milestoneId) {

}
