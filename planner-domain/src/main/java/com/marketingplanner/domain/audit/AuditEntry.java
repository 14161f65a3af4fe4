package com.marketingplanner.domain.audit;

import java.time.Instant;

/**
 * One change of a plan: who ({@code actor}), when, which item ({@code entity}: the table,
 * {@code entityId}, its label at the time), what ({@code action}; for a change the
 * {@code field} with its old and new value as text). Entries of one user action share
 * their {@code transactionId}.
 */
public record AuditEntry(long id, long planId, Instant changedAt, String actor, String entity, Long entityId,
		String entityLabel, AuditAction action, String field, String oldValue, String newValue, long transactionId) {

	public enum AuditAction {

		CREATED, CHANGED, DELETED

	}

}
