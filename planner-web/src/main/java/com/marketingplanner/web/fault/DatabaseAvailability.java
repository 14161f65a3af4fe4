package com.marketingplanner.web.fault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database can be reached right now, as the connection pool last found it. It
 * becomes unreachable when the pool cannot open a connection or a connection breaks
 * (connection refused, server shut down: {@link DatabaseUnavailable#meansUnreachable}),
 * and reachable again when the pool's probe gets a working connection. A pool that is
 * merely busy (every connection in use) leaves it reachable: busy is a reason to wait,
 * unreachable a reason to answer 503 at once.
 */
public class DatabaseAvailability {

	private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

	private final Clock clock;

	private final AtomicReference<Instant> unreachableSince = new AtomicReference<>();

	public DatabaseAvailability(Clock clock) {
		this.clock = clock;
	}

	public boolean isReachable() {
		return this.unreachableSince.get() == null;
	}

	/** Since when the database cannot be reached; empty while it can. */
	public Optional<Instant> unreachableSince() {
		return Optional.ofNullable(this.unreachableSince.get());
	}

	/** Records that a connection could not be had or broke, for {@code reason}. */
	public void markUnreachable(Throwable reason) {
		if (this.unreachableSince.compareAndSet(null, this.clock.instant())) {
			log.warn("The database cannot be reached: requests are answered 503 until it is back ({})",
					rootMessage(reason));
		}
	}

	/** Records that a working connection was had again. */
	public void markReachable() {
		Instant since = this.unreachableSince.getAndSet(null);
		if (since != null) {
			log.info("The database is reachable again after {} ms",
					Duration.between(since, this.clock.instant()).toMillis());
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
