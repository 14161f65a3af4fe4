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
 */
@Component
public class TransactionActor implements TransactionExecutionListener {

	static final String SYSTEM = "system";

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
		return ActingUser.current()
			.or(() -> Optional.ofNullable(this.actors.getIfAvailable()).flatMap(AuditActor::currentUsername))
			.orElse(SYSTEM);
	}

}
