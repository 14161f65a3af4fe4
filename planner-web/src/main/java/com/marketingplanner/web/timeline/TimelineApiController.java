package com.marketingplanner.web.timeline;

import java.util.List;

import com.marketingplanner.domain.timeline.TimelineService;
import com.marketingplanner.domain.timeline.TimelineWarning;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans/{planId}/timeline")
@Tag(name = "Timeline", description = "Phases, milestones and timeline warnings of a plan")
class TimelineApiController {

	private final TimelineService timeline;

	private final MessageSource messages;

	TimelineApiController(TimelineService timeline, MessageSource messages) {
		this.timeline = timeline;
		this.messages = messages;
	}

	@GetMapping("/warnings")
	@Operation(summary = "What looks wrong in the timeline but is allowed: phases outside the plan period, "
			+ "milestones due outside their phase or the plan period, or before a milestone they depend on")
	List<TimelineWarningResponse> warnings(@PathVariable long planId) {
		return this.timeline.warnings(planId).stream().map(this::response).toList();
	}

	private TimelineWarningResponse response(TimelineWarning warning) {
		String message = this.messages.getMessage(warning.messageKey(), warning.arguments().toArray(),
				warning.defaultMessage(), LocaleContextHolder.getLocale());
		return new TimelineWarningResponse(warning.kind(), warning.messageKey(), message, warning.phaseId(),
				warning.milestoneId());
	}

}
