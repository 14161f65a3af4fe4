package com.marketingplanner.web.alert;

import java.time.Instant;
import java.util.List;

import com.marketingplanner.domain.alert.Alert;
import com.marketingplanner.domain.alert.AlertRule;
import com.marketingplanner.domain.alert.AlertSeverity;
import com.marketingplanner.domain.alert.AlertStatus;
import com.marketingplanner.domain.budget.BudgetFigure;

/**
 * An alert as the API shows it: the rule that fired, its severity and status, what it is
 * about, the finding in the client's language ({@code message}) and its numbers
 * ({@code figures}), and its history. {@code active} is false once an evaluation no
 * longer finds the condition ({@code clearedAt}).
 */
record AlertResponse(long id, long planId, String planTitle, AlertRule rule, AlertSeverity severity, AlertStatus status,
		boolean active, String subject, String detail, String message, List<BudgetFigure> figures, Instant raisedAt,
		Instant lastSeenAt, Instant clearedAt, Instant acknowledgedAt, String acknowledgedBy, Instant resolvedAt,
		String resolvedBy, String resolutionNote, long version) {

	static AlertResponse from(Alert alert, AlertFormat format) {
		return new AlertResponse(alert.getId(), alert.getPlan().getId(), alert.getPlan().getTitle(), alert.getRule(),
				alert.getSeverity(), alert.getStatus(), alert.isActive(), alert.getSubject(), alert.getDetail(),
				format.message(alert), alert.getFigures(), alert.getRaisedAt(), alert.getLastSeenAt(),
				alert.getClearedAt(), alert.getAcknowledgedAt(), alert.getAcknowledgedBy(), alert.getResolvedAt(),
				alert.getResolvedBy(), alert.getResolutionNote(), alert.getVersion());
	}

}
