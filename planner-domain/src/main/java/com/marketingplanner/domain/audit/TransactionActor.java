package com.marketingplanner.domain.audit;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Tells the database who acts, once per writing transaction, right after it begins:
 * {@code set_config('planner.actor', username, true)} (transaction-local). The audit
 * triggers record that name with every change (ADR 0073). Spring Boot registers this
 * listener with the transaction manager.
 * <p>
 * Asking who is signed in may itself begin a transaction: a browser session kept in
 * PostgreSQL is loaded on first use, in a transaction of its own. That inner transaction
 * (which changes no plan data) is recorded as {@code system} instead of asking again,
 * which would load the session again, and again.
 */
@Component
public class TransactionActor implements TransactionExecutionListener {

	static final String SYSTEM = "system";

	private static final ThreadLocal<Boolean> NAMING = new ThreadLocal<>();

	private final JdbcClient jdbc;

	private final ObjectProvider<AuditActor> actors;

	public TransactionActor(JdbcClient jdbc, ObjectProvider<AuditActor> actors) {
		this.jdbc = jdbc;
		this.actors = actors;
	}

	@Override
	public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
		if (beginFailure != null || transaction.isReadOnly()) {
			return;
		}
		this.jdbc.sql("select set_config('planner.actor', :actor, true)")
			.param("actor", actor())
			.query(String.class)
			.single();
	}

	String actor() {
		if (NAMING.get() != null) {
			return SYSTEM;
		}
		NAMING.set(Boolean.TRUE);
		try {
			return ActingUser.current()
				.or(() -> Optional.ofNullable(this.actors.getIfAvailable()).flatMap(AuditActor::currentUsername))
				.orElse(SYSTEM);
		}
		finally {
			NAMING.remove();
		}
	}

}
