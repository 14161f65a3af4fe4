package com.marketingplanner.domain.audit;

import java.util.Optional;

/**
 * Who is acting in the current thread, for the audit trail: the web layer answers with
 * the signed-in user. Work without a person (first start, background jobs) is recorded as
 * {@code system} unless it runs inside {@link ActingUser#runAs}.
 */
@FunctionalInterface
public interface AuditActor {

	Optional<String> currentUsername();

}
