package com.marketingplanner.domain.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Tells the database who acts, once per writing transaction, right after it begins:
 * {@code set_config('planner.actor', username, true)} (transaction-local). The audit
 * triggers record that name with every change (ADR 0073); without one they record
 * {@code system}, so a transaction without an {@link ActingUser} sends nothing. Spring
 * Boot registers this listener with the transaction manager.
 * <p>
 * The actor is only ever read from {@link ActingUser}, never worked out here: asking the
 * security context who is signed in may load the browser session, which Spring Session
 * does in a new transaction (REQUIRES_NEW) — a second pooled connection while this
 * transaction holds one. With every connection held that way the pool deadlocked under
 * load (docs/reliability.md, session 4). The web layer binds the signed-in person once
 * the request's sign-in is known ({@code web.security.ActingUserFilter}).
 */
@Component
public class TransactionActor implements TransactionExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(TransactionActor.class);

	private final JdbcClient jdbc;

	public TransactionActor(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
		if (beginFailure != null || transaction.isReadOnly()) {
			return;
		}
		ActingUser.current().ifPresent((actor) -> name(transaction, actor));
	}

	private void name(TransactionExecution transaction, String actor) {
		try {
			this.jdbc.sql("select set_config('planner.actor', :actor, true)")
				.param("actor", actor)
				.query(String.class)
				.single();
		}
		catch (RuntimeException ex) {
			// Spring runs no clean-up when a listener fails after the transaction began:
			// it
			// would stay bound to the thread with its connection. Marked rollback-only it
			// ends normally and writes nothing without its actor.
			transaction.setRollbackOnly();
			log.warn("Could not name the actor of a transaction; it will roll back", ex);
		}
	}

}
