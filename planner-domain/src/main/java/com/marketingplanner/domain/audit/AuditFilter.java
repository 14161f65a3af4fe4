package com.marketingplanner.domain.audit;

/**
 * Filters for a plan's audit trail; every field is optional.
 *
 * @param entity only changes of this kind of item (table name, e.g. {@code budget_line})
 * @param entityId only changes of this item
 * @param actor only changes by this username
 */
public record AuditFilter(String entity, Long entityId, String actor) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null);
	}

}
