package com.marketingplanner.web.fault;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool as requests use it: it tells a busy database from one that is down.
 * <ul>
 * <li><b>Busy</b>: every connection is in use and the pool's own wait (2 s) ran out. The
 * request waits its turn again, up to {@code waitWhenBusy} in all, as long as the
 * database is reachable. Under a load peak requests get slower, not refused (a 2 s limit
 * answered hundreds of 503s at 200 users while the database was fine).</li>
 * <li><b>Down</b>: the pool could not open a connection (its timeout then names the
 * cause: refused, shut down) or {@link DatabaseAvailability} already knows: the request
 * fails at once (503 by {@link DatabaseUnavailableFilter}), within the pool's 2 s at
 * most.</li>
 * </ul>
 * While the database is down, a probe asks the pool for a working connection every
 * {@code probeInterval} and marks it reachable again when it gets one, so the app
 * recovers by itself.
 */
public class AvailabilityAwareDataSource extends DelegatingDataSource implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(AvailabilityAwareDataSource.class);

	private final DatabaseAvailability availability;

	private final Duration waitWhenBusy;

	private final ScheduledExecutorService probe;

	public AvailabilityAwareDataSource(DataSource pool, DatabaseAvailability availability, Duration waitWhenBusy,
			Duration probeInterval) {
		super(pool);
		this.availability = availability;
		this.waitWhenBusy = waitWhenBusy;
		this.probe = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "database-availability-probe");
			thread.setDaemon(true);
			return thread;
		});
		this.probe.scheduleWithFixedDelay(this::probeWhileUnreachable, probeInterval.toMillis(),
				probeInterval.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return obtain(() -> obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return obtain(() -> obtainTargetDataSource().getConnection(username, password));
	}

	private Connection obtain(PooledConnection pool) throws SQLException {
		long deadline = System.nanoTime() + this.waitWhenBusy.toNanos();
		while (true) {
			if (!this.availability.isReachable()) {
				throw new UnreachableDatabaseRefusal(this.availability);
			}
			try {
				return pool.get();
			}
			catch (SQLException ex) {
				if (DatabaseUnavailable.meansUnreachable(ex)) {
					this.availability.markUnreachable(ex);
					throw ex;
				}
				if (!(ex instanceof SQLTransientConnectionException) || System.nanoTime() - deadline >= 0) {
					throw ex;
				}
				// every connection is in use: wait another turn
			}
		}
	}

	/** One probe: a valid connection from the pool makes the database reachable again. */
	void probeWhileUnreachable() {
		if (this.availability.isReachable()) {
			return;
		}
		try (Connection connection = obtainTargetDataSource().getConnection()) {
			if (connection.isValid(1)) {
				this.availability.markReachable();
			}
		}
		catch (SQLException | RuntimeException ex) {
			log.debug("Database still unreachable: {}", ex.getMessage());
		}
	}

	/** Stops the probe and closes the pool. */
	@Override
	public void close() throws Exception {
		this.probe.shutdownNow();
		if (obtainTargetDataSource() instanceof AutoCloseable pool) {
			pool.close();
		}
	}

	/**
	 * A connection refused without asking the pool, because the database is known to be
	 * unreachable. It is answered 503 like any unreachable database, but it is no news
	 * about the database: a request refused during an outage and finished after the probe
	 * found the database back must not mark it unreachable again.
	 */
	static final class UnreachableDatabaseRefusal extends SQLTransientConnectionException {

		UnreachableDatabaseRefusal(DatabaseAvailability availability) {
			super("The database cannot be reached since " + availability.unreachableSince().orElse(null)
					+ "; waiting for it to come back", "08001");
		}

	}

	@FunctionalInterface
	private interface PooledConnection {

		Connection get() throws SQLException;

	}

}
