package com.marketingplanner.web.audit;

import java.time.Instant;

import com.marketingplanner.domain.audit.AuditEntry;
import com.marketingplanner.domain.audit.AuditEntry.AuditAction;

/**
 * One entry of a plan's audit trail: who ({@code actor}, a username or {@code system}),
 * when, which item ({@code entity}: its kind, e.g. {@code budget_line}; id; label at the
 * time), what ({@code action}; for CHANGED the {@code field} with old and new value as
 * text). Entries of one action share {@code transactionId}.
 */
public record AuditEntryResponse(long id, Instant changedAt, String actor, String entity, Long entityId,
		String entityLabel, AuditAction action, String field, String oldValue, String newValue, long transactionId) {

	static AuditEntryResponse from(AuditEntry entry) {
		return new AuditEntryResponse(entry.id(), entry.changedAt(), entry.actor(), entry.entity(), entry.entityId(),
				entry.entityLabel(), entry.action(), entry.field(), entry.oldValue(), entry.newValue(),
				entry.transactionId());
	}

}
