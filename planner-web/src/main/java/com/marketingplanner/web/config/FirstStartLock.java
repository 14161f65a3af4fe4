package com.marketingplanner.web.config;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises first-start work (the first administrator, the demo plans) between instances
 * that start at the same time against one empty database: a PostgreSQL advisory lock held
 * until the caller's transaction ends. The second instance waits, then finds the work
 * done (the check "are there users / plans?" runs after the lock), instead of failing on
 * a duplicate key.
 */
@Component
public class FirstStartLock {

	/** Any fixed number; "MPFIRST" in ASCII. */
	private static final long KEY = 0x4D_50_46_49_52_53_54L;

	private final JdbcTemplate jdbc;

	FirstStartLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Waits for the lock, which the current transaction holds until it ends. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void acquireForThisTransaction() {
		this.jdbc.query("SELECT pg_advisory_xact_lock(?)", (row) -> {
		}, KEY);
	}

}
